package org.focalpoint.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How often a mail the mail server refused is tried again: after 1, 2, 4 ... minutes, so that a
 * server down for a while is not flooded when it comes back, for about 17 hours in all; then the mail
 * is given up and stays in the outbox, with its last error, for the record.
 */
public final class DeliveryAttempts {

    static final int MAX = 11;

    private DeliveryAttempts() {
    }

    /** When to try after {@code failed} failed attempts, empty when they are spent. */
    public static Optional<Instant> nextTry(int failed, Instant now) {
        if (failed >= MAX) {
            return Optional.empty();
        }
        return Optional.of(now.plus(Duration.ofMinutes(1L << (failed - 1))));
    }
}
