package org.focalpoint.shop.orders;

import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What is refused before Stripe is asked (the session itself is opened against the local
 * stand-in, in the ear module's StripeStandInTest). The API base points nowhere: a request that
 * got through would fail as unavailable, not with the refusal expected here.
 */
class CardCheckoutTest {

    private static final String NOWHERE = "http://127.0.0.1:9";

    @Test
    void cardPaymentIsOffUnlessBothSecretsAreSet() {
        assertFalse(new CardSettings(NOWHERE, "sk_test_1", null).enabled());
        assertFalse(new CardSettings(NOWHERE, "", "whsec_1").enabled());
        assertTrue(new CardSettings(NOWHERE, "sk_test_1", "whsec_1").enabled());

        CardCheckout off = new CardCheckout(new CardSettings(NOWHERE, "sk_test_1", null));
        assertFalse(off.offered());
        assertEquals("shop.orders.card-off",
                assertThrows(RuleViolation.class, () -> off.open(order("52.00"))).key());
    }

    @Test
    void aTotalBelowStripesMinimumIsRefused() {
        CardCheckout checkout = new CardCheckout(new CardSettings(NOWHERE, "sk_test_1", "whsec_1"));

        RuleViolation refused = assertThrows(RuleViolation.class, () -> checkout.open(order("0.49")));
        assertEquals("shop.orders.card-below-minimum", refused.key());
        assertTrue(refused.getMessage().contains("0.50"), refused.getMessage());
    }

    @Test
    void theSecretsDoNotShowWhenTheSettingsAreLogged() {
        String logged = new CardSettings(NOWHERE, "sk_test_secret", "whsec_secret").toString();

        assertFalse(logged.contains("sk_test_secret") || logged.contains("whsec_secret"), logged);
    }

    private static CardOrder order(String total) {
        return new CardOrder(42, "2600000123", new BigDecimal(total), "Order 2600000123", "buyer@example.org",
                "https://shop.example/ok", "https://shop.example/cancel");
    }
}
