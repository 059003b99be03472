package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.accounts.Account;
import org.focalpoint.consent.ConsentDocument;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.shop.EditionLanguage;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.ShopCategory;
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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.focalpoint.shop.EditionFormat.PDF;
import static org.focalpoint.shop.EditionFormat.PRINT;
import static org.focalpoint.shop.EditionLanguage.ENGLISH;
import static org.focalpoint.shop.EditionLanguage.FRENCH;
import static org.focalpoint.shop.EditionLanguage.SPANISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the shop's pages in headless Chromium: a visitor searches, narrows the results by a facet,
 * compares three publications, then signs in from a publication's "Add to wish list" and comes back to
 * add it; odd addresses give messages, never an error page. Each page is saved as a screenshot in
 * {@code target/screenshots/shop} for a person to look at.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class ShopPagesIT implements ServerFixture {

    /** In every title of this test's publications, and in none of any other test's. */
    static final String WORD = "Zorbaluna";
    static final String EMAIL = "shop.pages@tests.example.org";
    static final String PASSWORD = "Paper-Lantern-Harbour-42";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void fourPublicationsAndAReader() {
        ServerFixture.prepare(ShopPagesIT.class);
    }

    /** This run's four publications; those of earlier runs are withdrawn, so that the counts are this run's. */
    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        List<Publication> earlier = em.createQuery("select p from Publication p where p.title like :word"
                + " and p.withdrawn = false", Publication.class).setParameter("word", WORD + "%").getResultList();
        earlier.forEach(p -> ShopData.withdraw(em, p));
        List<Publication> made = new ArrayList<>(earlier);

        Publication handbook = ShopData.publication(em, WORD + " handbook on spectrum monitoring", ShopCategory.ITU_R,
                "ITU-R Handbooks", 2024);
        ShopData.edition(em, handbook, ENGLISH, PDF, "78.00", 312);
        ShopData.edition(em, handbook, FRENCH, PDF, "78.00", 330);
        made.add(handbook);
        Publication recommendation = ShopData.publication(em, WORD + " recommendation on optical networks",
                ShopCategory.ITU_T, "ITU-T Recommendations – G Series", 2023);
        ShopData.edition(em, recommendation, ENGLISH, PDF, "0", 28);
        made.add(recommendation);
        Publication figures = ShopData.publication(em, WORD + " facts and figures", ShopCategory.ITU_D,
                "Measuring digital development", 2025);
        ShopData.edition(em, figures, ENGLISH, PDF, "0", 24);
        ShopData.forthcoming(em, figures, SPANISH, PRINT, "30.00", LocalDate.now().plusDays(30));
        made.add(figures);
        Publication rapport = ShopData.publication(em, WORD + " rapport sur la connectivité", ShopCategory.ITU_D,
                "Regional reports", 2021);
        rapport.writtenIn(EditionLanguage.FRENCH);
        ShopData.edition(em, rapport, FRENCH, PRINT, "40.00", 124);
        made.add(rapport);
        ShopData.announce(em, made.toArray(Publication[]::new));

        TestData.consentDocumentsPublished(em, consents);
        Account reader = TestData.accountWithEmail(em, EMAIL).orElseGet(() -> {
            Account a = new Account(EMAIL, TestData.passwordHash(PASSWORD), "Rosa", "Parks", Instant.now());
            a.activate();
            em.persist(a);
            return a;
        });
        em.createQuery("delete from WishListEntry w where w.account = :reader").setParameter("reader", reader)
                .executeUpdate();
        em.flush();
        consents.accept(reader, consents.pendingFor(reader).stream().map(ConsentDocument::getId)
                .collect(Collectors.toSet()));
    }

    @Test
    @RunAsClient
    void aVisitorSearchesNarrowsComparesThreeThenSignsInAndWishesForOne() throws IOException {
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser browser = new Browser()) {
            browser.open("signin.xhtml").click("Publications").expect("Categories").expect("Newest publications");
            save(browser, "front");

            browser.fill("Search the publications", WORD.toLowerCase()).click("Search").expect("4 publications found");
            assertEquals(4, browser.driver().findElements(By.cssSelector(".fp-result-title mark")).stream()
                    .filter(m -> m.getText().equalsIgnoreCase(WORD)).count(), "each title marks the word found");
            save(browser, "search");

            browser.press(By.xpath("//aside//a[.//span[normalize-space(.)='English']]")).expect("3 publications found");
            assertTrue(browser.url().contains("language=ENGLISH"), browser.url());
            assertTrue(browser.text().contains(WORD + " handbook on spectrum monitoring"));
            assertTrue(!browser.text().contains(WORD + " rapport sur la connectivité"), "the French-only one is left out");
            browser.press(By.xpath("//aside//a[.//span[normalize-space(.)='Development (ITU-D)']]"))
                    .expect("1 publication found");
            browser.press(By.xpath("//aside//a[.//span[normalize-space(.)='Development (ITU-D)']]"))
                    .expect("3 publications found");

            for (int compared = 1; compared <= 3; compared++) {
                browser.click("Compare").expect("in the comparison (" + compared + " of 4)");
            }
            save(browser, "search-compared");
            browser.click("Open the comparison (3)").expect("Compare publications");
            for (String title : List.of("handbook on spectrum monitoring", "recommendation on optical networks",
                    "facts and figures")) {
                browser.expect(WORD + " " + title);
            }
            browser.expect("CHF 78.00").expect("Free").expect("24 pages");
            save(browser, "compare");
            browser.press(By.xpath("//button[@title='Remove " + WORD + " facts and figures from the comparison']"))
                    .expect(WORD + " facts and figures was removed from the comparison.");

            browser.click(WORD + " handbook on spectrum monitoring").expect("Product number").expect("Editions")
                    .expect("ITU-R Handbooks");
            save(browser, "publication-visitor");
            browser.press(By.xpath("//a[@title='Sign in to add " + WORD
                    + " handbook on spectrum monitoring (French, PDF) to your wish list']"));
            browser.fill("E-mail address", EMAIL).fill("Password", PASSWORD).click("Sign in")
                    .expect("Add this edition to your wish list?");
            save(browser, "wish-list-confirm");
            browser.click("Add to wish list")
                    .expect(WORD + " handbook on spectrum monitoring (French, PDF) is on your wish list.")
                    .expect("Price when added").expect("CHF 78.00");
            save(browser, "wish-list");

            browser.click(WORD + " handbook on spectrum monitoring").expect("On your wish list");
            browser.click("Add to wish list").expect("(English, PDF) is on your wish list.");
            save(browser, "publication-signed-in");

            browser.click("My wish list").click("Remove").click("Yes, remove").expect("was removed from your wish list.");
            assertEquals(1, browser.driver().findElements(By.xpath("//tbody/tr[.//a]")).size(), "one entry left");
        }
    }

    @Test
    @RunAsClient
    void aVisitorReadsTheShopsFrontAndSearchWithoutASession() throws Exception {
        HttpClient visitor = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String page : List.of("shop/index.xhtml", "shop/search.xhtml?q=" + WORD)) {
            HttpResponse<String> answer = visitor.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + System.getProperty("it.http.port") + "/focalpoint/" + page)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), page);
            assertTrue(answer.body().contains(page.contains("?") ? WORD : "Newest publications"), page + " shows the shop");
            assertEquals(List.of(), answer.headers().allValues("Set-Cookie"), page + " opens no session");
        }
    }

    @Test
    @RunAsClient
    void oddAddressesGiveMessagesNeverAnErrorPage() throws IOException {
        try (Browser browser = new Browser()) {
            browser.open("shop/search.xhtml?yearFrom=abc&priceTo=-5&category=NOPE&page=-1&sort=x&q=" + "%22*".repeat(3000))
                    .expect("\"abc\" is not a year").expect("\"-5\" is not a price in CHF")
                    .expect("\"NOPE\" is not one of the shop's categories")
                    .expect("Only the first 500 characters of your words were searched.");
            save(browser, "search-odd");
            browser.open("shop/search.xhtml?q=" + WORD + "&page=99").expect("There is no page 99 of these results.");
            browser.open("shop/search.xhtml?q=title%3A*+AND+(%22&language=ARABIC&language=ARABIC").expect("found");
            browser.open("shop/publication.xhtml?number=12345%27%3B--").expect("No publication on offer has the product"
                    + " number \"12345';--\".");
            browser.open("wish-list.xhtml?add=not-a-number");
            assertTrue(browser.url().contains("signin.xhtml"), "the wish list needs a sign-in: " + browser.url());
        }
    }

    private static void save(Browser browser, String name) throws IOException {
        Path folder = Path.of(System.getProperty("it.build.dir", "target"), "screenshots", "shop");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
