package org.focalpoint.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.EditionLanguage;
import org.focalpoint.shop.orders.BankCredit;
import org.focalpoint.shop.orders.BankNotificationFile;
import org.focalpoint.shop.orders.Carts;
import org.focalpoint.shop.orders.Checkout;
import org.focalpoint.shop.orders.CheckoutChoice;
import org.focalpoint.shop.orders.CreditorAccount;
import org.focalpoint.shop.orders.OrderForm;
import org.focalpoint.shop.orders.PaymentWay;
import org.focalpoint.shop.orders.PostalAddress;
import org.focalpoint.shop.orders.ShopOrder;
import org.focalpoint.shop.pricing.PriceRuleAdministration;
import org.focalpoint.shop.pricing.PromoCodeData;
import org.focalpoint.shop.pricing.PromoKind;
import org.focalpoint.words.Words;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A promotional code to try, and Marco's order of a PDF edition on behalf of his company, at the
 * member price, by invoice, as the shop's pages would place it; and the bank's camt.054 file that
 * pays it, written into the server's data folder for staff to upload ("Bank files"), so the demo
 * goes from order to download.
 */
@ApplicationScoped
class DemoOrders {

    /** The Radio Regulations, in English, as a PDF: CHF 450 at list price. */
    private static final String PRODUCT_NUMBER = DemoCatalogue.MARKER;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Carts carts;

    @Inject
    private Checkout checkout;

    @Inject
    private CreditorAccount creditor;

    @Inject
    private Clock clock;

    /** A code to try at checkout: 10 % off, with the member price too, a hundred uses, one per account. */
    static final String PROMO_CODE = "ITU-DEMO-10";

    @Inject
    private PriceRuleAdministration prices;

    void promoCode(Account staff) {
        prices.createPromoCode(staff, new PromoCodeData(PROMO_CODE, PromoKind.PERCENT, new BigDecimal("10"), null, null,
                100, 1, Set.of(), Set.of(), Set.of(), null, true));
    }

    /** Returns where the bank's file was written. */
    Path orderFor(Account buyer, Affiliation company) {
        Edition edition = em.createQuery("select e from Edition e where e.publication.productNumber = :number"
                        + " and e.format = :pdf and e.language = :english", Edition.class)
                .setParameter("number", PRODUCT_NUMBER).setParameter("pdf", EditionFormat.PDF)
                .setParameter("english", EditionLanguage.ENGLISH).getSingleResult();
        carts.add(buyer, edition.getId(), 1);
        PostalAddress billing = new PostalAddress(buyer.getFullName(), company.getOrganization().getName(),
                company.getOrganization().getAddress() == null ? "Bahnhofstrasse 1\n8001 Zürich"
                        : company.getOrganization().getAddress(), company.getOrganization().getCountry());
        BigDecimal total = checkout.quote(buyer, new CheckoutChoice(company.getId(), null, null, billing.country()))
                .price().total();
        ShopOrder order = checkout.place(buyer, new OrderForm(company.getId(), billing, null, null,
                PaymentWay.INVOICE, true, total, Words.ENGLISH));
        byte[] file = BankNotificationFile.of(creditor.qrIban(), clock.instant(), List.of(new BankCredit(
                "DEMO-" + order.getNumber(), LocalDate.now(clock), order.getTotal(), "CHF",
                order.getPaymentReference(), buyer.getFullName())));
        Path written = Path.of(System.getProperty("jboss.server.data.dir", "."), "focalpoint", "demo",
                "camt054-" + order.getNumber() + ".xml");
        try {
            Files.createDirectories(written.getParent());
            Files.write(written, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}
