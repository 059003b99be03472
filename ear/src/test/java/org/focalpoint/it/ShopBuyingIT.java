package org.focalpoint.it;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.shop.CatalogueFiles;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.ShopCategory;
import org.focalpoint.shop.orders.BankCredit;
import org.focalpoint.shop.orders.BankNotificationFile;
import org.focalpoint.shop.orders.QrReference;
import org.focalpoint.shop.pricing.PriceRuleAdministration;
import org.focalpoint.shop.pricing.PromoCodeData;
import org.focalpoint.shop.pricing.PromoKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.focalpoint.shop.EditionFormat.PDF;
import static org.focalpoint.shop.EditionFormat.PRINT;
import static org.focalpoint.shop.EditionLanguage.ENGLISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Buying through the shop's pages in headless Chromium: a visitor's cart survives signing in; a
 * delegate buys a PDF at the member price with a promotional code and pays by invoice, staff upload
 * the bank's file, and the delegate downloads the personalised copy. Screenshots go to
 * {@code target/screenshots/buying}.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class ShopBuyingIT implements ServerFixture {

    /** In every title of this test's publication, and in none of any other test's. */
    static final String WORD = "Quellbrook";
    static final String CODE = "QUELLBROOK-10";
    static final String ORGANIZATION = "Ministry of Quellbrook Communications";
    static final String EMAIL = "shop.buying@tests.example.org";
    static final String STAFF_PASSWORD = "Staff-Office-Desk-2026";
    static final String PASSWORD = "Copper-Kettle-Meadow-17";
    static final String TITLE = WORD + " handbook on numbering plans";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void aPublicationAMemberStateItsDelegateAndACode() {
        ServerFixture.prepare(ShopBuyingIT.class);
    }

    /** Found or made: reruns on one database share them; the delegate's cart and orders start empty. */
    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        Account staff = TestData.staffReady(em, consents);
        Organization ministry = TestData.organization(em, ORGANIZATION, MembershipCategory.MEMBER_STATE,
                EnumSet.of(Sector.ITU_T));
        Account delegate = TestData.accountWithEmail(em, EMAIL).orElseGet(() -> {
            Account a = new Account(EMAIL, TestData.passwordHash(PASSWORD), "Ada", "Quell", Instant.now());
            a.activate();
            a.setCountry("CH");
            em.persist(a);
            Affiliation affiliation = new Affiliation(a, ministry, Instant.now());
            affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
            em.persist(affiliation);
            return a;
        });
        em.createQuery("delete from CartLine c where c.account = :a").setParameter("a", delegate).executeUpdate();
        if (em.createQuery("select p from Publication p where p.title = :t", Publication.class).setParameter("t", TITLE)
                .getResultList().isEmpty()) {
            Publication handbook = ShopData.publication(em, TITLE, ShopCategory.ITU_T, "ITU-T Handbooks", 2025);
            Edition pdf = ShopData.edition(em, handbook, ENGLISH, PDF, "78.00", 2);
            ShopData.edition(em, handbook, ENGLISH, PRINT, "98.00", 212);
            CatalogueFiles files = CDI.current().select(CatalogueFiles.class).get();
            CatalogueFiles.Received master = files.receive(CatalogueFiles.Shelf.MASTER_FILES,
                    new ByteArrayInputStream(CatalogueSamples.pdf(2)), Long.MAX_VALUE);
            files.keep(master);
            pdf.masterFile(master.digest(), master.size());
            ShopData.announce(em, handbook);
        }
        if (em.createQuery("select count(c) from PromoCode c where c.code = :c", Long.class).setParameter("c", CODE)
                .getSingleResult() == 0) {
            CDI.current().select(PriceRuleAdministration.class).get().createPromoCode(staff, new PromoCodeData(CODE,
                    PromoKind.PERCENT, new BigDecimal("10"), null, null, null, null, Set.of(), Set.of(), Set.of(), null, true));
        }
        em.flush();
        consents.accept(delegate, consents.pendingFor(delegate).stream().map(d -> d.getId())
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    @RunAsClient
    void aDelegateBuysAtTheMemberPriceWithACodePaysByInvoiceAndDownloadsTheCopy() throws Exception {
        String number;
        try (Browser browser = new Browser()) {
            // a visitor first: the cart is the visit's
            browser.open("shop/publication.xhtml?number=" + publicationNumber(browser));
            browser.press(By.xpath("//button[@title='Add " + TITLE + " (English, PDF) to your cart']"))
                    .expect(TITLE + " (English, PDF) is in your cart.");
            browser.click("Cart").expect(TITLE).expect("One licence").expect("Total at list prices: CHF 78.00");
            save(browser, "cart-visitor");

            // checking out asks to sign in, and the cart comes along
            browser.click("Check out").fill("E-mail address", EMAIL).fill("Password", PASSWORD).click("Sign in")
                    .expect("Checkout").expect(TITLE).expect("List price: bought for yourself");
            new Select(browser.field("Order for")).selectByVisibleText("On behalf of " + ORGANIZATION);
            browser.expect("Member price: 15 % off").expect("CHF 66.30");
            browser.fill("Promotional code", CODE.toLowerCase()).click("Apply")
                    .expect("The promotional code " + CODE + " is applied.").expect("CHF 59.67");
            browser.fill("Address", "Place des Nations\n1211 Genève 20");
            save(browser, "checkout");
            browser.click("Place the order: CHF 59.67").expect("Please accept the conditions of sale");
            browser.tick("I accept the conditions of sale").click("Place the order: CHF 59.67")
                    .expect("Thank you: your order").expect("Awaiting payment");
            save(browser, "order-placed");
            Matcher heading = Pattern.compile("Order (\\d{10})").matcher(browser.text());
            assertTrue(heading.find(), browser.text());
            number = heading.group(1);
        }

        // the bank's file, uploaded by staff
        byte[] camt = BankNotificationFile.of("CH4431999123000889012", Instant.now(), List.of(new BankCredit(
                "IT-BUY-" + number, LocalDate.now(), new BigDecimal("59.67"), "CHF", QrReference.of(number), "Ada Quell")));
        Path file = Files.createTempFile("camt054-", ".xml");
        Files.write(file, camt);
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD);
            staff.click("Bank files");
            staff.field("Bank file (camt.054 XML, at most 20 MB)").sendKeys(file.toAbsolutePath().toString());
            staff.click("Read the file").expect("1 paid, 0 waiting for staff, 0 read before.").expect(number);
            save(staff, "bank-file-read");
        }

        try (Browser browser = new Browser()) {
            browser.signIn(EMAIL, PASSWORD).click("My orders").click(number).expect("Paid").expect("5 downloads of 5 left");
            save(browser, "order-paid");
            String href = browser.driver().findElement(By.xpath("//a[normalize-space(.)='Download']")).getAttribute("href");
            HttpResponse<byte[]> copy = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, copy.statusCode());
            try (PDDocument pdf = Loader.loadPDF(copy.body())) {
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    PDFTextStripper text = new PDFTextStripper();
                    text.setStartPage(page);
                    text.setEndPage(page);
                    String written = text.getText(pdf);
                    assertTrue(written.contains("Ada Quell") && written.contains(number) && written.contains(ORGANIZATION),
                            "page " + page + ": " + written);
                }
            }
            browser.reload().expect("4 downloads of 5 left");
        }
    }

    /** The product number of this test's publication, as the search page shows it. */
    private static String publicationNumber(Browser browser) {
        browser.open("shop/search.xhtml?q=" + WORD);
        String link = browser.driver().findElement(By.xpath("//h3[contains(@class,'fp-result-title')]/a")).getAttribute("href");
        return link.substring(link.indexOf("number=") + "number=".length());
    }

    private static void save(Browser browser, String name) throws IOException {
        Path folder = Path.of(System.getProperty("it.build.dir", "target"), "screenshots", "buying");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
