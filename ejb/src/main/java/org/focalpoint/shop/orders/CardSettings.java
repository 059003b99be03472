package org.focalpoint.shop.orders;

/**
 * How the shop reaches Stripe: the API's base address (a local stand-in's in tests and on a
 * developer's machine), the account's secret key and the webhook endpoint's signing secret. Card
 * payment is offered only when both secrets are set.
 */
public record CardSettings(String apiBase, String secretKey, String webhookSecret) {

    public static final String STRIPE_API = "https://api.stripe.com";

    public boolean enabled() {
        return present(secretKey) && present(webhookSecret);
    }

    private static boolean present(String secret) {
        return secret != null && !secret.isBlank();
    }

    /** The secrets never reach a log through this record. */
    @Override
    public String toString() {
        return "CardSettings[apiBase=" + apiBase + ", enabled=" + enabled() + "]";
    }
}
