package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.ShopCategory;
import org.focalpoint.shop.orders.CardPayments;
import org.focalpoint.shop.orders.Carts;
import org.focalpoint.shop.orders.Checkout;
import org.focalpoint.shop.orders.CheckoutChoice;
import org.focalpoint.shop.orders.OrderForm;
import org.focalpoint.shop.orders.OrderState;
import org.focalpoint.shop.orders.PaymentWay;
import org.focalpoint.shop.orders.PostalAddress;
import org.focalpoint.shop.orders.ShopOrder;
import org.focalpoint.shop.orders.ShopOrders;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

import static org.focalpoint.shop.EditionFormat.PDF;
import static org.focalpoint.shop.EditionLanguage.FRENCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Card payment through the provider's hosted page, against the stand-in that speaks its endpoints
 * and signs its webhooks as it does (the test server is configured to call it): the order is paid
 * only on a signed webhook, once however often it is sent; a bad signature changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CardPaymentsIT {

    /** Where the stand-in ({@link PaymentStandIn}) listens: the address the server calls. */
    private static final String STAND_IN = System.getProperty("focalpoint.shop.stripe.api-base");

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
    CardPayments cards;

    @Inject
    ShopOrders orders;

    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    Account buyer;
    Edition pdf;

    @BeforeEach
    void aBuyerAndAnEdition() throws Exception {
        tx.begin();
        buyer = TestData.activeAccount(em, TestData.uniqueEmail("card.buyer"));
        Publication manual = ShopData.publication(em, "Manual on Satellite Filings " + ShopData.uniqueWord(),
                ShopCategory.ITU_R, "ITU-R Manuals", 2025);
        pdf = ShopData.edition(em, manual, FRENCH, PDF, "45.50", 120);
        tx.commit();
    }

    private ShopOrder cardOrder() {
        carts.add(buyer, pdf.getId(), 1);
        BigDecimal total = checkout.quote(buyer, new CheckoutChoice(null, null, null, "FR")).price().total();
        return checkout.place(buyer, new OrderForm(null, new PostalAddress(buyer.getFullName(), null,
                "1 rue de l'Exemple\n75007 Paris", "FR"), null, null, PaymentWay.CARD, true, total, Locale.ENGLISH));
    }

    private int post(String address, String form) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(address)).header("Content-Type",
                        "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private String resend(String page, boolean badlySigned) throws IOException, InterruptedException {
        String session = page.substring(page.lastIndexOf('/') + 1);
        return browser.send(HttpRequest.newBuilder(URI.create(STAND_IN + "/test/resend" + (badlySigned ? "-bad/" : "/")
                + session)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private long payments(ShopOrder order) {
        return em.createQuery("select count(p) from OrderPayment p where p.order.id = :o", Long.class)
                .setParameter("o", order.getId()).getSingleResult();
    }

    @Test
    void theOrderIsPaidOnTheProvidersSignedWordAndOnceHoweverOftenItComes() throws Exception {
        assertTrue(cards.isOffered());
        ShopOrder order = cardOrder();
        String page = cards.pageFor(buyer, order.getId());
        assertTrue(page.startsWith(STAND_IN + "/pay/"), page);

        assertEquals(303, post(page, "deliver=later"), "paid on the provider's page, back to the shop");
        assertEquals(OrderState.AWAITING_PAYMENT, orders.own(buyer, order.getId()).getState(),
                "back in the shop before the webhook: being confirmed, not paid");

        assertEquals("400", resend(page, true), "a bad signature is refused");
        assertEquals(OrderState.AWAITING_PAYMENT, orders.own(buyer, order.getId()).getState());
        assertEquals(0, payments(order));

        assertEquals("200", resend(page, false));
        assertEquals(OrderState.PAID, orders.own(buyer, order.getId()).getState());
        assertEquals("200", resend(page, false), "the same event again is taken, and pays nothing");
        assertEquals(1, payments(order));
        assertEquals(1, Mailbox.await(buyer.getEmail(), m -> m.subject().startsWith("Payment received"), 1,
                "the payment mail").size());
    }

    @Test
    void anUnsignedPostToTheWebhookChangesNothing() throws Exception {
        ShopOrder order = cardOrder();
        String body = "{\"id\":\"evt_forged\",\"object\":\"event\",\"type\":\"checkout.session.completed\",\"data\":"
                + "{\"object\":{\"id\":\"cs_forged\",\"object\":\"checkout.session\",\"client_reference_id\":\""
                + order.getNumber() + "\",\"payment_status\":\"paid\",\"amount_total\":4550,\"currency\":\"chf\"}}}";
        int status = browser.send(HttpRequest.newBuilder(URI.create(System.getProperty("focalpoint.base-url")
                        + "/shop/card/webhook")).header("Stripe-Signature", "t=1,v1=00").POST(
                        HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        assertEquals(400, status);
        assertEquals(OrderState.AWAITING_PAYMENT, orders.own(buyer, order.getId()).getState());
        assertEquals(0, payments(order));
    }
}
