package org.focalpoint.shop.orders;

import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only what Stripe signed, lately, pays an order; everything else is refused or ignored. */
class CardWebhookTest {

    private static final String SECRET = "whsec_test_focalpoint";
    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");
    private static final String NOT_SIGNED = "shop.orders.card-webhook-not-signed";
    private static final String UNREADABLE = "shop.orders.card-webhook-unreadable";

    private final CardWebhook webhook = new CardWebhook(
            new CardSettings(CardSettings.STRIPE_API, "sk_test_focalpoint", SECRET), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aPaidCheckoutSessionSignedAsStripeSignsIsAPayment() {
        String payload = event("checkout.session.completed", "paid", 10470);

        CardPayment payment = webhook.read(payload, signed(payload, SECRET, NOW.getEpochSecond())).orElseThrow();

        assertEquals(new CardPayment("evt_test_1", "cs_test_a1", "2600000123", 10470, "chf"), payment);
        assertEquals(new BigDecimal("104.70"), payment.amount());
    }

    @Test
    void anEndpointPinnedToAnOlderApiVersionStillPays() {
        String payload = event("checkout.session.completed", "paid", 10470).replace("2025-08-27.basil", "2020-08-27");

        assertEquals("2600000123",
                webhook.read(payload, signed(payload, SECRET, NOW.getEpochSecond())).orElseThrow().orderNumber());
    }

    @Test
    void aSignatureFromAlmostFiveMinutesAgoIsStillBelieved() {
        String payload = event("checkout.session.completed", "paid", 10470);

        assertTrue(webhook.read(payload, signed(payload, SECRET, NOW.getEpochSecond() - 299)).isPresent());
    }

    @Test
    void otherEventsAndUnpaidSessionsAreIgnored() {
        String refund = event("charge.refunded", "paid", 10470);
        String unpaid = event("checkout.session.completed", "unpaid", 10470);

        assertEquals(Optional.empty(), webhook.read(refund, signed(refund, SECRET, NOW.getEpochSecond())));
        assertEquals(Optional.empty(), webhook.read(unpaid, signed(unpaid, SECRET, NOW.getEpochSecond())));
    }

    @Test
    void aPayloadChangedAfterSigningIsRefused() {
        String payload = event("checkout.session.completed", "paid", 10470);
        String header = signed(payload, SECRET, NOW.getEpochSecond());

        assertRefused(NOT_SIGNED, payload.replace("10470", "1"), header);
    }

    @Test
    void aSignatureOlderThanFiveMinutesIsRefused() {
        String payload = event("checkout.session.completed", "paid", 10470);

        assertRefused(NOT_SIGNED, payload, signed(payload, SECRET, NOW.getEpochSecond() - 301));
    }

    @Test
    void aSignatureWithAnotherSecretIsRefused() {
        String payload = event("checkout.session.completed", "paid", 10470);

        assertRefused(NOT_SIGNED, payload, signed(payload, "whsec_someone_else", NOW.getEpochSecond()));
    }

    @Test
    void noSignatureOrAMangledOneIsRefused() {
        String payload = event("checkout.session.completed", "paid", 10470);

        assertRefused(NOT_SIGNED, payload, null);
        assertRefused(NOT_SIGNED, payload, "");
        assertRefused(NOT_SIGNED, payload, "t=soon,v1=00");
        assertRefused(NOT_SIGNED, payload, "t");
        assertRefused(NOT_SIGNED, payload, "v1=" + signed(payload, SECRET, NOW.getEpochSecond()).split("v1=")[1]);
    }

    @Test
    void aSignedPayloadThatIsNotAnEventIsRefused() {
        for (String payload : new String[] {"not json", "[1, 2]", "{\"id\": \"evt_1\", \"object\": \"event\","}) {
            assertRefused(UNREADABLE, payload, signed(payload, SECRET, NOW.getEpochSecond()));
        }
        String notASession = event("checkout.session.completed", "paid", 10470)
                .replace("\"object\": \"checkout.session\"", "\"object\": \"charge\"");
        assertRefused(UNREADABLE, notASession, signed(notASession, SECRET, NOW.getEpochSecond()));
    }

    @Test
    void withoutItsSecretsCardPaymentIsOff() {
        CardWebhook off = new CardWebhook(new CardSettings(CardSettings.STRIPE_API, "sk_test_focalpoint", " "),
                Clock.fixed(NOW, ZoneOffset.UTC));
        String payload = event("checkout.session.completed", "paid", 10470);

        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> off.read(payload, signed(payload, " ", NOW.getEpochSecond())));
        assertEquals("shop.orders.card-off", refused.key());
    }

    private void assertRefused(String key, String payload, String header) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> webhook.read(payload, header));
        assertEquals(key, refused.key());
    }

    /** Stripe's scheme: {@code t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<payload>">}. */
    static String signed(String payload, String secret, long seconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((seconds + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An event as Stripe posts it, around a Checkout Session of order 2600000123. */
    private static String event(String type, String paymentStatus, long amountTotal) {
        return """
                {
                  "id": "evt_test_1",
                  "object": "event",
                  "api_version": "2025-08-27.basil",
                  "created": 1772446530,
                  "livemode": false,
                  "pending_webhooks": 1,
                  "request": {"id": null, "idempotency_key": null},
                  "type": "%s",
                  "data": {
                    "object": {
                      "id": "cs_test_a1",
                      "object": "checkout.session",
                      "amount_total": %d,
                      "currency": "chf",
                      "client_reference_id": "2600000123",
                      "metadata": {"order_id": "42"},
                      "mode": "payment",
                      "payment_status": "%s",
                      "status": "complete"
                    }
                  }
                }
                """.formatted(type, amountTotal, paymentStatus);
    }
}
