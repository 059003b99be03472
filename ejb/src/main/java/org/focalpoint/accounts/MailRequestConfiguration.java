package org.focalpoint.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The limits on mails asked for, from the server's configuration (its system properties among its sources). */
@ApplicationScoped
public class MailRequestConfiguration {

    @Inject
    @ConfigProperty(name = "focalpoint.mail-requests.per-address", defaultValue = "3")
    int perAddress;

    @Inject
    @ConfigProperty(name = "focalpoint.mail-requests.per-client", defaultValue = "20")
    int perClient;

    @Inject
    @ConfigProperty(name = "focalpoint.mail-requests.pause-minutes", defaultValue = "60")
    int pauseMinutes;

    @Produces
    MailRequestLimits limits() {
        return new MailRequestLimits(perAddress, perClient, Duration.ofMinutes(pauseMinutes));
    }
}
