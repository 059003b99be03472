package org.focalpoint.standin;

import com.stripe.StripeClient;
import com.stripe.model.checkout.Session;
import com.sun.net.httpserver.HttpServer;
import org.focalpoint.RuleViolation;
import org.focalpoint.shop.orders.CardCheckout;
import org.focalpoint.shop.orders.CardOrder;
import org.focalpoint.shop.orders.CardPayment;
import org.focalpoint.shop.orders.CardSession;
import org.focalpoint.shop.orders.CardSettings;
import org.focalpoint.shop.orders.CardWebhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shop's card payment against the local stand-in, through Stripe's real SDK: a session opened
 * for an order, its page paid, and the signed webhook received on a small server of the test's and
 * believed by {@link CardWebhook}; the same event again, and one signed with another secret.
 */
class StripeStandInTest {

    private static final String SECRET = "whsec_stand_in_test";

    /** What reached the webhook: its body and its Stripe-Signature header. */
    private record Received(String payload, String signature) {
    }

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private HttpServer shop;
    private StripeStandIn stripe;
    private CardSettings settings;

    @BeforeEach
    void start() throws IOException {
        shop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        shop.createContext("/stripe/webhook", exchange -> {
            try (exchange) {
                received.add(new Received(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                        exchange.getRequestHeaders().getFirst("Stripe-Signature")));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        shop.start();
        stripe = StripeStandIn.start(0,
                URI.create("http://127.0.0.1:" + shop.getAddress().getPort() + "/stripe/webhook"), SECRET);
        settings = new CardSettings(stripe.base(), "sk_test_stand_in", SECRET);
    }

    @AfterEach
    void stop() {
        stripe.close();
        shop.stop(0);
    }

    @Test
    void anOrderPaidOnTheStandInsPageIsConfirmedByASignedWebhook() throws Exception {
        CardSession session = new CardCheckout(settings).open(order(new BigDecimal("104.70")));

        assertTrue(session.id().startsWith("cs_test_"), session.id());
        assertEquals(URI.create(stripe.base() + "/pay/" + session.id()), URI.create(session.url()));
        String page = browser.send(HttpRequest.newBuilder(URI.create(session.url())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("Pay CHF 104.70") && page.contains(">Pay</button>"), page);
        assertTrue(page.contains("Order 2600000123: Recommendation ITU-T X.509 (PDF)"), page);

        HttpResponse<Void> paid = browser.send(HttpRequest.newBuilder(URI.create(session.url()))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());

        assertEquals(303, paid.statusCode());
        assertEquals("https://shop.example/orders/2600000123?session=" + session.id(),
                paid.headers().firstValue("Location").orElseThrow());
        Received webhook = received.poll(10, TimeUnit.SECONDS);
        assertNotNull(webhook, "the webhook was posted");
        CardPayment payment = new CardWebhook(settings, Clock.systemUTC()).read(webhook.payload(), webhook.signature())
                .orElseThrow();
        assertEquals(session.id(), payment.sessionId());
        assertEquals("2600000123", payment.orderNumber());
        assertEquals(10470, payment.amountTotal());
        assertEquals("chf", payment.currency());
        assertTrue(payment.eventId().startsWith("evt_test_"), payment.eventId());

        Session retrieved = StripeClient.builder().setApiKey(settings.secretKey()).setApiBase(settings.apiBase()).build()
                .checkout().sessions().retrieve(session.id());
        assertEquals("paid", retrieved.getPaymentStatus());
        assertEquals("complete", retrieved.getStatus());
        assertEquals("42", retrieved.getMetadata().get("order_id"));
        assertEquals("buyer@example.org", retrieved.getCustomerEmail());
    }

    @Test
    void theSameEventCanBeSentAgainAndOneSignedWithAnotherSecretIsRefused() throws Exception {
        CardSession session = new CardCheckout(settings).open(order(new BigDecimal("52.00")));
        browser.send(HttpRequest.newBuilder(URI.create(session.url())).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        CardWebhook webhook = new CardWebhook(settings, Clock.systemUTC());
        Received first = received.poll(10, TimeUnit.SECONDS);
        assertNotNull(first, "the webhook was posted");

        assertEquals("200", post("/test/resend/" + session.id()));
        Received again = received.poll(10, TimeUnit.SECONDS);
        assertNotNull(again, "the event was sent again");
        assertEquals(first.payload(), again.payload(), "as Stripe retries: the same event");
        assertEquals(webhook.read(first.payload(), first.signature()), webhook.read(again.payload(), again.signature()));

        assertEquals("200", post("/test/resend-bad/" + session.id()));
        Received forged = received.poll(10, TimeUnit.SECONDS);
        assertNotNull(forged, "the badly signed event was sent");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> webhook.read(forged.payload(), forged.signature()));
        assertEquals("shop.orders.card-webhook-not-signed", refused.key());
    }

    @Test
    void aWebhookHeldBackAtPaymentConfirmsThePaymentWhenSent() throws Exception {
        CardSession session = new CardCheckout(settings).open(order(new BigDecimal("52.00")));

        HttpResponse<Void> paid = browser.send(HttpRequest.newBuilder(URI.create(session.url()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("deliver=later")).build(), HttpResponse.BodyHandlers.discarding());

        assertEquals(303, paid.statusCode());
        assertNull(received.poll(200, TimeUnit.MILLISECONDS), "no webhook yet");
        assertEquals("200", post("/test/resend/" + session.id()));
        Received late = received.poll(10, TimeUnit.SECONDS);
        assertNotNull(late);
        assertEquals("2600000123", new CardWebhook(settings, Clock.systemUTC()).read(late.payload(), late.signature())
                .orElseThrow().orderNumber());
    }

    @Test
    void theStandInRefusesASecretKeyItDoesNotKnowAsStripeDoes() {
        CardSettings wrongKey = new CardSettings(stripe.base(), "pk_test_publishable", SECRET);

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> new CardCheckout(wrongKey).open(order(new BigDecimal("52.00"))));
        assertEquals("shop.orders.card-unavailable", refused.key());
    }

    private String post(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(stripe.base() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static CardOrder order(BigDecimal total) {
        return new CardOrder(42, "2600000123", total, "Order 2600000123: Recommendation ITU-T X.509 (PDF)",
                "buyer@example.org", "https://shop.example/orders/2600000123?session={CHECKOUT_SESSION_ID}",
                "https://shop.example/orders/2600000123");
    }
}
