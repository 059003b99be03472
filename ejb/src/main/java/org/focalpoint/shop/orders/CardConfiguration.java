package org.focalpoint.shop.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Card payment's settings, from the server's configuration: the secrets are meant to come from the
 * environment (FOCALPOINT_SHOP_STRIPE_SECRET_KEY and FOCALPOINT_SHOP_STRIPE_WEBHOOK_SECRET, which
 * MicroProfile Config maps to these names), never from a file in the repository.
 */
@ApplicationScoped
public class CardConfiguration {

    @Inject
    @ConfigProperty(name = "focalpoint.shop.stripe.api-base", defaultValue = CardSettings.STRIPE_API)
    String apiBase;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.stripe.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "focalpoint.shop.stripe.webhook-secret")
    Optional<String> webhookSecret;

    @Produces
    CardSettings settings() {
        return new CardSettings(apiBase, secretKey.orElse(null), webhookSecret.orElse(null));
    }
}
