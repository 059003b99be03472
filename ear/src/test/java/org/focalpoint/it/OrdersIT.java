package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.shop.CatalogueFiles;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.ShopCategory;
import org.focalpoint.shop.orders.BankCredit;
import org.focalpoint.shop.orders.BankFiles;
import org.focalpoint.shop.orders.BankNotificationFile;
import org.focalpoint.shop.orders.CartItem;
import org.focalpoint.shop.orders.Carts;
import org.focalpoint.shop.orders.Checkout;
import org.focalpoint.shop.orders.CheckoutChoice;
import org.focalpoint.shop.orders.CheckoutQuote;
import org.focalpoint.shop.orders.CreditOutcome;
import org.focalpoint.shop.orders.NotifiedCredit;
import org.focalpoint.shop.orders.OrderAdministration;
import org.focalpoint.shop.orders.OrderFilter;
import org.focalpoint.shop.orders.OrderForm;
import org.focalpoint.shop.orders.OrderState;
import org.focalpoint.shop.orders.PaidDownloads;
import org.focalpoint.shop.orders.PaymentWay;
import org.focalpoint.shop.orders.PostalAddress;
import org.focalpoint.shop.orders.QrReference;
import org.focalpoint.shop.orders.ShopOrder;
import org.focalpoint.shop.orders.ShopOrders;
import org.focalpoint.shop.pricing.PriceRuleAdministration;
import org.focalpoint.shop.pricing.PromoCodeData;
import org.focalpoint.shop.pricing.PromoKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.focalpoint.shop.EditionFormat.PDF;
import static org.focalpoint.shop.EditionFormat.PRINT;
import static org.focalpoint.shop.EditionLanguage.ENGLISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cart, checkout and orders against the real server and database: member prices and a
 * promotional code, an order placed at the total the buyer saw or not at all, a repriced or
 * withdrawn edition in a cart, quantities out of range, a cancelled order giving its code back,
 * another account's order and downloads refused, the bank's file paying once, and the personalised
 * copy with its download limit.
 */
@ExtendWith(ArquillianExtension.class)
class OrdersIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    Carts carts;

    @Inject
    Checkout checkout;

    @Inject
    ShopOrders orders;

    @Inject
    OrderAdministration administration;

    @Inject
    BankFiles bankFiles;

    @Inject
    PaidDownloads downloads;

    @Inject
    PriceRuleAdministration prices;

    @Inject
    CatalogueFiles files;

    Account buyer;
    Account other;
    Account staff;
    Affiliation membership;
    Affiliation othersMembership;
    Edition pdf;
    Edition print;

    @BeforeEach
    void aBuyerOfAMemberStateAnotherOfAnotherOrganizationAndAPublication() throws Exception {
        tx.begin();
        staff = TestData.staff(em);
        Organization ministry = TestData.organization(em, "Ministry of Posts " + ShopData.uniqueWord(),
                MembershipCategory.MEMBER_STATE, EnumSet.of(Sector.ITU_T));
        Organization operator = TestData.organization(em, "Operator " + ShopData.uniqueWord(),
                MembershipCategory.SECTOR_MEMBER, EnumSet.of(Sector.ITU_T));
        buyer = TestData.activeAccount(em, TestData.uniqueEmail("orders.buyer"));
        other = TestData.activeAccount(em, TestData.uniqueEmail("orders.other"));
        membership = approved(buyer, ministry);
        othersMembership = approved(other, operator);
        Publication handbook = ShopData.publication(em, "Handbook on Numbering " + ShopData.uniqueWord(),
                ShopCategory.ITU_T, "ITU-T Handbooks", 2024);
        pdf = ShopData.edition(em, handbook, ENGLISH, PDF, "78.00", 3);
        print = ShopData.edition(em, handbook, ENGLISH, PRINT, "98.00", 312);
        CatalogueFiles.Received master = files.receive(CatalogueFiles.Shelf.MASTER_FILES,
                new ByteArrayInputStream(CatalogueSamples.pdf(3)), Long.MAX_VALUE);
        files.keep(master);
        pdf.masterFile(master.digest(), master.size());
        tx.commit();
    }

    private Affiliation approved(Account account, Organization organization) {
        Affiliation affiliation = new Affiliation(account, organization, Instant.now());
        affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
        em.persist(affiliation);
        return affiliation;
    }

    private static PostalAddress billing(Account account) {
        return new PostalAddress(account.getFullName(), null, "Place des Nations\n1211 Genève 20", "CH");
    }

    private OrderForm form(Long affiliationId, String code, PaymentWay way, BigDecimal totalSeen) {
        return new OrderForm(affiliationId, billing(buyer), billing(buyer), code, way, true, totalSeen, Locale.ENGLISH);
    }

    private BigDecimal total(Account account, Long affiliationId, String code) {
        return checkout.quote(account, new CheckoutChoice(affiliationId, code, "CH", "CH")).price().total();
    }

    private String newCode(Integer totalUses, boolean combinable) {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        prices.createPromoCode(staff, new PromoCodeData(code, PromoKind.PERCENT, new BigDecimal("10"), null, null,
                totalUses, null, Set.of(), Set.of(), Set.of(), null, combinable));
        return code;
    }

    private long ordersOf(Account account) {
        return em.createQuery("select count(o) from ShopOrder o where o.account.id = :a", Long.class)
                .setParameter("a", account.getId()).getSingleResult();
    }

    private long usesOf(String code) {
        return em.createQuery("select count(u) from PromoCodeUse u where u.promoCode.code = :c and u.givenBackAt is null",
                Long.class).setParameter("c", code).getSingleResult();
    }

    private static void refused(String expected, Executable call) {
        assertEquals(expected, assertThrows(RuleViolation.class, call).getMessage());
    }

    private static BigDecimal chf(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aDelegateBuysAPdfAtTheMemberPriceWithACombinableCodeAndGetsTheInvoice() {
        carts.add(buyer, pdf.getId(), 1);
        String code = newCode(null, true);
        CheckoutQuote forOneself = checkout.quote(buyer, new CheckoutChoice(null, null, null, "CH"));
        assertEquals(chf("78.00"), forOneself.price().total(), "for oneself: the list price");

        CheckoutQuote quote = checkout.quote(buyer, new CheckoutChoice(membership.getId(), code, null, "CH"));
        assertEquals(chf("66.30"), quote.price().subtotal(), "15 % off for a Member State");
        assertEquals(chf("59.67"), quote.price().total(), "and the code's 10 % after it");

        ShopOrder order = checkout.place(buyer, form(membership.getId(), code, PaymentWay.INVOICE, chf("59.67")));
        assertEquals(OrderState.AWAITING_PAYMENT, order.getState());
        assertTrue(order.getNumber().matches("\\d{10}"), order.getNumber());
        assertEquals(order.getNumber(), QrReference.orderNumberOf(order.getPaymentReference()));
        assertEquals(chf("59.67"), order.getTotal());
        assertEquals(membership.getOrganization().getId(), order.getOrganization().getId());
        assertEquals(1, order.getLines().size());
        assertEquals(chf("66.30"), order.getLines().get(0).getNet());
        assertEquals(List.of(), carts.of(buyer), "the cart is emptied");
        assertEquals(1, usesOf(code));

        Mailbox.Mail mail = Mailbox.await(buyer.getEmail(), "Your order " + order.getNumber());
        assertTrue(mail.body().contains("CHF 59.67"), mail.body());
        assertEquals("invoice-" + order.getNumber() + ".pdf", mail.attachments().get(0).fileName());
    }

    @Test
    void aTotalTamperedWithInTheFormPlacesNothing() {
        carts.add(buyer, pdf.getId(), 1);
        String code = newCode(5, false);
        BigDecimal total = total(buyer, null, code);
        refused("The total is now CHF " + total + ": prices or rules changed since the page was shown."
                        + " Check the order again, please.",
                () -> checkout.place(buyer, form(null, code, PaymentWay.INVOICE, total.subtract(chf("10.00")))));
        assertEquals(0, ordersOf(buyer));
        assertEquals(1, carts.of(buyer).size(), "the cart is kept");
        assertEquals(0, usesOf(code), "the code is not counted");
    }

    @Test
    void aRepricedEditionIsFlaggedAndChargedAtTodaysPrice() throws Exception {
        carts.add(buyer, print.getId(), 2);
        BigDecimal before = total(buyer, null, null);
        tx.begin();
        em.find(Edition.class, print.getId()).price(chf("110.00"));
        tx.commit();

        CartItem line = carts.of(buyer).get(0);
        assertTrue(line.repriced());
        assertEquals(chf("98.00"), line.priceWhenAdded());
        assertEquals(chf("110.00"), line.unitPrice());
        assertThrows(RuleViolation.class, () -> checkout.place(buyer, form(null, null, PaymentWay.INVOICE, before)),
                "never charged at the old price");
        BigDecimal now = total(buyer, null, null);
        ShopOrder order = checkout.place(buyer, form(null, null, PaymentWay.INVOICE, now));
        assertEquals(chf("110.00"), order.getLines().get(0).getUnitPrice());
        assertEquals(chf("220.00"), order.getLines().get(0).getListTotal());
        assertTrue(order.isShipped());
    }

    @Test
    void aWithdrawnEditionMustLeaveTheCartBeforeCheckout() throws Exception {
        carts.add(buyer, print.getId(), 1);
        tx.begin();
        ShopData.withdraw(em, em.find(Edition.class, print.getId()));
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();

        assertFalse(carts.of(buyer).get(0).onOffer());
        BigDecimal total = total(buyer, null, null);
        refused(print.displayTitle() + " can no longer be ordered: remove it from your cart first, please.",
                () -> checkout.place(buyer, form(null, null, PaymentWay.INVOICE, total)));
        assertEquals(0, ordersOf(buyer));
        carts.remove(buyer, print.getId());
        assertEquals(List.of(), carts.of(buyer));
    }

    @Test
    void quantitiesOutOfRangeAreRefusedWithNothingInTheCart() {
        String range = "The quantity is a whole number from 1 to 100. For more copies, please write to ITU Publications.";
        refused(range, () -> carts.add(buyer, print.getId(), 0));
        refused(range, () -> carts.add(buyer, print.getId(), -1));
        refused(range, () -> carts.add(buyer, print.getId(), 1_000_000_000));
        refused("A PDF edition is sold as one licence for one person: its quantity is 1.",
                () -> carts.add(buyer, pdf.getId(), 2));
        assertEquals(List.of(), carts.of(buyer));

        carts.add(buyer, print.getId(), 3);
        refused(range, () -> carts.change(buyer, print.getId(), 0));
        assertEquals(3, carts.of(buyer).get(0).quantity());
    }

    @Test
    void anOrderPlacedAndCancelledGivesItsCodeBack() {
        String code = newCode(1, false);
        carts.add(buyer, pdf.getId(), 1);
        ShopOrder order = checkout.place(buyer, form(null, code, PaymentWay.INVOICE, total(buyer, null, code)));
        carts.add(other, pdf.getId(), 1);
        assertFalse(checkout.quote(other, new CheckoutChoice(null, code, null, "CH")).price().promo().isTaken(),
                "its one use is taken");

        orders.cancel(buyer, order.getId());
        assertEquals(OrderState.CANCELLED, orders.own(buyer, order.getId()).getState());
        assertEquals(0, usesOf(code));
        Mailbox.await(buyer.getEmail(), "Your order " + order.getNumber() + " is cancelled");

        ShopOrder others = checkout.place(other, new OrderForm(null, billing(other), null, code, PaymentWay.INVOICE,
                true, total(other, null, code), Locale.ENGLISH));
        assertEquals(code, others.getPromoCode());
        refused("Order " + order.getNumber() + " cannot be cancelled: it is Cancelled, and only an order awaiting"
                + " payment is cancelled; a paid one is refunded.", () -> orders.cancel(buyer, order.getId()));
    }

    @Test
    void anotherAccountNeitherSeesNorTouchesTheOrderNorActsForAnotherOrganization() {
        carts.add(buyer, pdf.getId(), 1);
        ShopOrder order = checkout.place(buyer, form(null, null, PaymentWay.INVOICE, total(buyer, null, null)));
        String notYours = "That order is not one of yours.";
        refused(notYours, () -> orders.own(other, order.getId()));
        refused(notYours, () -> orders.invoice(other, order.getId()));
        refused(notYours, () -> orders.cancel(other, order.getId()));
        refused("That download is not one of yours.", () -> downloads.download(other, order.getLines().get(0).getId()));
        assertEquals(0, orders.count(other));
        assertNotNull(orders.invoice(staff, order.getId()).pdf(), "staff read every invoice");

        carts.add(buyer, print.getId(), 1);
        assertThrows(RuleViolation.class, () -> checkout.quote(buyer,
                new CheckoutChoice(othersMembership.getId(), null, "CH", "CH")), "not the buyer's affiliation");
        String onlyStaff = "Only secretariat staff can manage orders and payments.";
        refused(onlyStaff, () -> administration.cancel(buyer, order.getId(), null));
        refused(onlyStaff, () -> administration.refund(other, order.getId(), "note"));
        refused(onlyStaff, () -> bankFiles.read(buyer, "camt.xml", new byte[0]));
        assertEquals(OrderState.AWAITING_PAYMENT, orders.own(buyer, order.getId()).getState());
    }

    @Test
    void theBanksFilePaysMatchedCreditsOnceAndListsTheRestForStaff() {
        carts.add(buyer, pdf.getId(), 1);
        ShopOrder paid = checkout.place(buyer, form(null, null, PaymentWay.INVOICE, total(buyer, null, null)));
        carts.add(buyer, print.getId(), 1);
        ShopOrder partly = checkout.place(buyer, form(null, null, PaymentWay.INVOICE, total(buyer, null, null)));
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] file = BankNotificationFile.of("CH4431999123000889012", Instant.now(), List.of(
                new BankCredit("IT-" + run + "-1", LocalDate.now(), paid.getTotal(), "CHF", paid.getPaymentReference(), "Buyer"),
                new BankCredit("IT-" + run + "-2", LocalDate.now(), chf("12.00"), "CHF",
                        QrReference.of("2699999999"), "Someone"),
                new BankCredit("IT-" + run + "-3", LocalDate.now(), paid.getTotal(), "CHF",
                        partly.getPaymentReference(), "Buyer, with the other order's amount")));

        BankFiles.Report report = bankFiles.read(staff, "camt054-" + run + ".xml", file);
        assertEquals(1, report.count(CreditOutcome.PAID));
        assertEquals(1, report.count(CreditOutcome.UNMATCHED));
        assertEquals(1, report.count(CreditOutcome.PARTIAL));
        assertEquals(OrderState.PAID, orders.own(buyer, paid.getId()).getState());
        assertEquals(OrderState.AWAITING_PAYMENT, orders.own(buyer, partly.getId()).getState());
        Mailbox.await(buyer.getEmail(), "Payment received for your order " + paid.getNumber());

        BankFiles.Report again = bankFiles.read(staff, "camt054-" + run + ".xml", file);
        assertEquals(List.of(), again.credits());
        assertEquals(3, again.seenBefore());
        assertEquals(1L, em.createQuery("select count(p) from OrderPayment p where p.order.id = :o", Long.class)
                .setParameter("o", paid.getId()).getSingleResult(), "paid once");
        List<String> waiting = bankFiles.waiting(staff, 0, 100).stream().map(NotifiedCredit::getBankReference).toList();
        assertTrue(waiting.containsAll(List.of("IT-" + run + "-2", "IT-" + run + "-3")), waiting.toString());
    }

    @Test
    void aMalformedBankFileIsRefusedWithNothingWritten() {
        long before = em.createQuery("select count(c) from NotifiedCredit c", Long.class).getSingleResult();
        for (byte[] bad : List.of("order,amount\n1,2".getBytes(), ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;\">]><Document>&b;</Document>").getBytes(),
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.04\"/>".getBytes())) {
            assertThrows(RuleViolation.class, () -> bankFiles.read(staff, "bad.xml", bad));
        }
        assertEquals(before, em.createQuery("select count(c) from NotifiedCredit c", Long.class).getSingleResult());
    }

    @Test
    void aPaidPdfIsAPersonalisedCopyForItsBuyerOnlyAndSoManyTimes() throws Exception {
        carts.add(buyer, pdf.getId(), 1);
        ShopOrder order = checkout.place(buyer, form(membership.getId(), null, PaymentWay.INVOICE,
                total(buyer, membership.getId(), null)));
        Long line = order.getLines().get(0).getId();
        refused("Order " + order.getNumber() + " is Awaiting payment: its PDF editions can be downloaded once it is paid.",
                () -> downloads.download(buyer, line));

        bankFiles.read(staff, "camt-" + order.getNumber() + ".xml", BankNotificationFile.of("CH4431999123000889012",
                Instant.now(), List.of(new BankCredit("IT-" + order.getNumber(), LocalDate.now(), order.getTotal(), "CHF",
                        order.getPaymentReference(), null))));
        PaidDownloads.Download first = downloads.download(buyer, line);
        assertEquals(4, first.downloadsLeft());
        try (PDDocument copy = Loader.loadPDF(Files.readAllBytes(first.file()))) {
            assertEquals(3, copy.getNumberOfPages());
            for (int page = 1; page <= copy.getNumberOfPages(); page++) {
                PDFTextStripper text = new PDFTextStripper();
                text.setStartPage(page);
                text.setEndPage(page);
                String written = text.getText(copy);
                assertTrue(written.contains(buyer.getFullName()) && written.contains(order.getNumber()),
                        "page " + page + ": " + written);
            }
        }
        refused("That download is not one of yours.", () -> downloads.download(other, line));
        for (int i = 2; i <= 5; i++) {
            assertEquals(first.file(), downloads.download(buyer, line).file(), "one copy, made once");
        }
        refused("This edition was downloaded 5 times, as often as a licence allows. Please write to ITU"
                + " Publications if you need it again.", () -> downloads.download(buyer, line));
    }

    @Test
    void staffShipAPaidPrintOrderAndRecordARefundWithANote() throws IOException {
        carts.add(buyer, print.getId(), 1);
        ShopOrder order = checkout.place(buyer, form(null, null, PaymentWay.INVOICE, total(buyer, null, null)));
        refused("Order " + order.getNumber() + " cannot be shipped: it is Awaiting payment, and only a paid order is shipped.",
                () -> administration.ship(staff, order.getId()));
        bankFiles.read(staff, "camt-" + order.getNumber() + ".xml", BankNotificationFile.of("CH4431999123000889012",
                Instant.now(), List.of(new BankCredit("IT-" + order.getNumber(), LocalDate.now(), order.getTotal(), "CHF",
                        order.getPaymentReference(), null))));
        administration.ship(staff, order.getId());
        assertEquals(OrderState.SHIPPED, orders.own(buyer, order.getId()).getState());
        Mailbox.await(buyer.getEmail(), "Your order " + order.getNumber() + " has been sent");

        refused("Say how the order was refunded (for example the bank transfer or the card refund), please.",
                () -> administration.refund(staff, order.getId(), " "));
        administration.refund(staff, order.getId(), "Returned damaged; refunded by transfer");
        assertEquals(OrderState.REFUNDED, orders.own(buyer, order.getId()).getState());
        String sales = new String(administration.sales(staff, new OrderFilter(
                order.getNumber(), null, null, null)), StandardCharsets.UTF_8);
        assertTrue(sales.contains(order.getNumber()) && sales.contains("REFUNDED"), sales);
    }
}
