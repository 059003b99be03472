package org.focalpoint.mailbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The Director's mailbox settings, from the server's configuration (its system properties among its sources). */
@ApplicationScoped
public class MailboxConfiguration {

    @Inject
    @ConfigProperty(name = "focalpoint.director.folder", defaultValue = "INBOX")
    String folder;

    @Inject
    @ConfigProperty(name = "focalpoint.director.poll-seconds", defaultValue = "20")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "focalpoint.director.max-bytes", defaultValue = "1048576")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "focalpoint.director.attempts", defaultValue = "3")
    int attempts;

    @Produces
    MailboxSettings settings() {
        return new MailboxSettings(folder, pollSeconds, maxBytes, attempts);
    }
}
