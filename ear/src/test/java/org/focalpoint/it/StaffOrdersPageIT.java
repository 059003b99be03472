package org.focalpoint.it;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import org.focalpoint.accounts.Account;
import org.focalpoint.consent.ConsentDocument;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.ShopCategory;
import org.focalpoint.shop.orders.BankCredit;
import org.focalpoint.shop.orders.BankNotificationFile;
import org.focalpoint.shop.orders.Carts;
import org.focalpoint.shop.orders.Checkout;
import org.focalpoint.shop.orders.CheckoutChoice;
import org.focalpoint.shop.orders.OrderForm;
import org.focalpoint.shop.orders.OrderState;
import org.focalpoint.shop.orders.PaymentWay;
import org.focalpoint.shop.orders.PostalAddress;
import org.focalpoint.shop.orders.QrReference;
import org.focalpoint.shop.orders.ShopOrder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.focalpoint.shop.EditionFormat.PDF;
import static org.focalpoint.shop.EditionFormat.PRINT;
import static org.focalpoint.shop.EditionLanguage.ENGLISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the staff's order pages in headless Chromium: three buyers' orders placed by invoice (a
 * PDF edition, a print edition, one left unpaid) are found in the list by the buyer and the state,
 * their sales exported; a camt.054 file paying two of them, with a credit that matches no order, is
 * uploaded and reported, and read again adds nothing; the print order is marked shipped and its
 * refund recorded (refused first without a note); cancelling the unpaid one asks first. A buyer who
 * is not staff is refused the staff's pages. Each page is saved in {@code target/screenshots/orders}.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffOrdersPageIT implements ServerFixture {

    static final String PDF_BUYER = "orders.pdf@tests.example.org";
    static final String PRINT_BUYER = "orders.print@tests.example.org";
    static final String UNPAID_BUYER = "orders.unpaid@tests.example.org";
    static final String PASSWORD = "Ledger-Quill-Harbour-58";
    private static final String IBAN = "CH4431999123000889012";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void threeOrdersAwaitPayment() {
        ServerFixture.prepare(StaffOrdersPageIT.class);
    }

    /**
     * Each buyer's order of this run, placed through the checkout as the buyer would; what an
     * earlier run left awaiting payment is set cancelled, so that each buyer has one such order.
     */
    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        TestData.staffReady(em, consents);
        Publication handbook = ShopData.publication(em, ShopData.uniqueWord() + " handbook on numbering plans",
                ShopCategory.ITU_T, "ITU-T Handbooks", 2025);
        Edition pdf = ShopData.edition(em, handbook, ENGLISH, PDF, "78.00", 120);
        Edition print = ShopData.edition(em, handbook, ENGLISH, PRINT, "52.00", 120);
        em.flush();
        place(em, consents, buyer(em, consents, PDF_BUYER, "Ada", "Lovelace"), pdf, 1);
        place(em, consents, buyer(em, consents, PRINT_BUYER, "Grace", "Hopper"), print, 2);
        place(em, consents, buyer(em, consents, UNPAID_BUYER, "Alan", "Turing"), pdf, 1);
    }

    private static Account buyer(EntityManager em, ConsentService consents, String email, String given, String family) {
        Account buyer = TestData.accountWithEmail(em, email).orElseGet(() -> {
            Account a = new Account(email, TestData.passwordHash(PASSWORD), given, family, Instant.now());
            a.activate();
            em.persist(a);
            return a;
        });
        em.flush();
        consents.accept(buyer, consents.pendingFor(buyer).stream().map(ConsentDocument::getId)
                .collect(Collectors.toSet()));
        em.createNativeQuery("update shop_order set state = 'CANCELLED', cancelled_at = ? where account_id = ?"
                        + " and state = 'AWAITING_PAYMENT'")
                .setParameter(1, Instant.now()).setParameter(2, buyer.getId()).executeUpdate();
        em.createQuery("delete from CartLine c where c.account = :buyer").setParameter("buyer", buyer).executeUpdate();
        return buyer;
    }

    private static void place(EntityManager em, ConsentService consents, Account buyer, Edition edition, int quantity) {
        Carts carts = CDI.current().select(Carts.class).get();
        Checkout checkout = CDI.current().select(Checkout.class).get();
        carts.add(buyer, edition.getId(), quantity);
        PostalAddress address = new PostalAddress(buyer.getFullName(), null, "Place des Nations\n1211 Genève 20", "CH");
        boolean posted = edition.getFormat().isPosted();
        BigDecimal total = checkout.quote(buyer, new CheckoutChoice(null, null, posted ? "CH" : null, "CH")).price().total();
        ShopOrder order = checkout.place(buyer, new OrderForm(null, address, posted ? address : null, null,
                PaymentWay.INVOICE, true, total, Locale.ENGLISH));
        assertEquals(OrderState.AWAITING_PAYMENT, order.getState());
    }

    /** An order as its staff page shows it. */
    private record Shown(String number, String reference, BigDecimal total) {
    }

    @Test
    void staffFindTheOrdersReadTheBankFileThenShipRefundAndCancel() throws IOException {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, StaffCataloguePageIT.STAFF_PASSWORD).expect("Sign out");
            Shown pdf = find(staff, PDF_BUYER, "Ada Lovelace");
            open(staff, pdf);
            staff.expect("Awaiting payment").expect("Place des Nations").expect("Order placed");
            assertTrue(staff.driver().findElements(By.xpath("//button[normalize-space(.)='Mark shipped']")).isEmpty(),
                    "an unpaid order is not shipped");
            save(staff, "order-awaiting-payment");
            Shown print = find(staff, PRINT_BUYER, "Grace Hopper");
            open(staff, print);
            staff.expect("Shipping address");
            Shown unpaid = find(staff, UNPAID_BUYER, "Alan Turing");
            staff.click("All orders").expect("Export sales (CSV)");
            staff.fill("Order number, buyer or organization", UNPAID_BUYER).click("Search").expect(unpaid.number());
            save(staff, "orders-list");
            String sales = sales(staff);
            assertTrue(sales.startsWith("order,placed (UTC),state"), sales);
            assertTrue(sales.contains(unpaid.number() + ","), sales);
            assertTrue(!sales.contains(pdf.number() + ","), "only the filter's orders: " + sales);
            staff.fill("Placed from (yyyy-mm-dd)", LocalDate.now().plusDays(2).toString()).click("Search")
                    .expect("No order matches.");

            String run = Long.toString(System.currentTimeMillis());
            Path file = Files.createDirectories(Path.of("target", "uploads")).resolve("camt054-" + run + ".xml");
            Files.write(file, BankNotificationFile.of(IBAN, Instant.now(), List.of(
                    credit(run + "-1", pdf.total(), pdf.reference(), "Ada Lovelace"),
                    credit(run + "-2", print.total(), print.reference(), "Grace Hopper"),
                    credit(run + "-3", new BigDecimal("10.00"), QrReference.of("9900000001"), "Someone Else"))));
            staff.click("Bank files").expect("Credits waiting for staff");
            staff.field("Bank file (camt.054 XML, at most 20 MB)").sendKeys(file.toAbsolutePath().toString());
            staff.click("Read the file").expect("2 paid, 1 waiting for staff, 0 read before.")
                    .expect("Paid its order").expect("Matches no order").expect("Someone Else")
                    .expect(QrReference.written(pdf.reference()));
            save(staff, "bank-file-read");
            staff.field("Bank file (camt.054 XML, at most 20 MB)").sendKeys(file.toAbsolutePath().toString());
            staff.click("Read the file").expect("0 paid, 0 waiting for staff, 3 read before.");
            Path notXml = Files.writeString(file.resolveSibling("statement-" + run + ".xml"), "Not a bank file");
            staff.field("Bank file (camt.054 XML, at most 20 MB)").sendKeys(notXml.toAbsolutePath().toString());
            staff.click("Read the file").expect("The file is not an XML file that can be read whole");

            open(staff, pdf);
            staff.expect("Order paid");
            assertEquals("Paid", staff.driver().findElement(By.id("state")).getText());
            assertTrue(staff.driver().findElements(By.xpath("//button[normalize-space(.)='Mark shipped']")).isEmpty(),
                    "a PDF edition is not shipped");

            open(staff, print);
            staff.click("Mark shipped").expect("Mark order " + print.number() + " as shipped?");
            save(staff, "order-ship-dialog");
            staff.click("Yes, it is shipped").expect("Order " + print.number() + " is marked shipped.")
                    .expect("Order shipped");
            assertEquals("Shipped", staff.driver().findElement(By.id("state")).getText());
            staff.click("Record refund").click("Yes, record the refund")
                    .expect("Say how the order was refunded");
            assertEquals("Shipped", staff.driver().findElement(By.id("state")).getText(), "nothing was refunded");
            staff.fill("How it was refunded", "Bank transfer back to the buyer, " + run);
            staff.click("Record refund").click("Yes, record the refund")
                    .expect("The refund of order " + print.number() + " is recorded.")
                    .expect("Bank transfer back to the buyer, " + run);
            assertEquals("Refunded", staff.driver().findElement(By.id("state")).getText());
            save(staff, "order-refunded");

            open(staff, unpaid);
            staff.fill("Reason, for the buyer (optional)", "Ordered twice");
            staff.click("Cancel the order").expect("Cancel order " + unpaid.number() + "? The buyer is told;");
            save(staff, "order-cancel-dialog");
            staff.click("No, keep it");
            assertEquals("Awaiting payment", staff.driver().findElement(By.id("state")).getText());
            staff.click("Cancel the order").click("Yes, cancel it").expect("Order " + unpaid.number() + " is cancelled.")
                    .expect("Ordered twice");
            assertEquals("Cancelled", staff.driver().findElement(By.id("state")).getText());
        }
    }

    @Test
    void aBuyerIsRefusedTheStaffPages() {
        try (Browser buyer = new Browser()) {
            buyer.signIn(PDF_BUYER, PASSWORD).expect("Sign out");
            for (String page : List.of("staff/orders.xhtml", "staff/order.xhtml?id=1", "staff/bank-files.xhtml")) {
                buyer.open(page).expect("You cannot open this page");
            }
        }
    }

    /** The buyer's order awaiting payment, found by their e-mail address and the state, opened and read. */
    private static Shown find(Browser staff, String email, String name) {
        staff.click("Orders").expect("Export sales (CSV)");
        staff.fill("Order number, buyer or organization", email);
        new Select(staff.field("State")).selectByVisibleText("Awaiting payment");
        staff.click("Search").expect(name);
        List<String> numbers = staff.driver().findElements(By.xpath("//div[@id='orders:list']//tbody//td[1]//a")).stream()
                .map(a -> a.getText().strip()).toList();
        assertEquals(1, numbers.size(), "one order of " + email + " awaits payment: " + numbers);
        staff.click(numbers.get(0)).expect("Payment reference");
        String reference = staff.driver().findElement(By.id("reference")).getText().strip();
        assertTrue(QrReference.isValid(reference), reference);
        BigDecimal total = new BigDecimal(staff.driver().findElement(By.id("total")).getText().replaceAll("[^0-9.]", ""));
        return new Shown(numbers.get(0), reference, total);
    }

    private static void open(Browser staff, Shown order) {
        staff.click("Orders").expect("Export sales (CSV)");
        staff.fill("Order number, buyer or organization", order.number()).click("Search");
        staff.click(order.number()).expect("Order " + order.number());
    }

    /** What "Export sales (CSV)" downloads for the filter shown, fetched by the page's own form in the browser. */
    private static String sales(Browser staff) {
        return (String) ((JavascriptExecutor) staff.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var form = document.getElementById('orders');
                var data = new URLSearchParams(new FormData(form));
                data.append('orders:export', 'orders:export');
                fetch(form.action, {method: 'POST', body: data}).then(function (r) { return r.text(); }).then(done);
                """);
    }

    private static BankCredit credit(String bankReference, BigDecimal amount, String reference, String debtor) {
        return new BankCredit(bankReference, LocalDate.now(), amount, "CHF", reference.replace(" ", ""), debtor);
    }

    /** The whole page as a person would scroll through it, for a reviewer to look at. */
    private static void save(Browser browser, String name) throws IOException {
        Path folder = Path.of(System.getProperty("it.build.dir", "target"), "screenshots", "orders");
        Files.createDirectories(folder);
        Dimension window = browser.driver().manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 150, 6000)));
        try {
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.driver().manage().window().setSize(window);
        }
    }
}
