package org.focalpoint.notifications;

import java.time.Duration;
import java.time.Instant;

/**
 * The pace of the focal points' digests, the TIES Focal Points' and the Designated Focal Points'
 * alike: at most one mail an hour per person, announcing only what has settled.
 */
public final class DigestPace {

    private static final Duration AT_MOST_EVERY = Duration.ofHours(1);

    /**
     * A request is announced only once it is this old: one made an instant before a digest may
     * not be committed yet, and announcing a newer one past it would lose it.
     */
    private static final Duration SETTLED_AFTER = Duration.ofMinutes(1);

    private DigestPace() {
    }

    /** Due unless the last digest ({@code lastSentAt}, null for none) left less than an hour before {@code now}. */
    public static boolean isDue(Instant lastSentAt, Instant now) {
        return lastSentAt == null || !now.isBefore(lastSentAt.plus(AT_MOST_EVERY));
    }

    /**
     * Whether something waiting since {@code since} is news at {@code now} to a person who was
     * last told of what waited up to {@code announcedUpTo} (null for nothing yet).
     */
    public static boolean isNews(Instant since, Instant announcedUpTo, Instant now) {
        return (announcedUpTo == null || since.isAfter(announcedUpTo)) && !since.isAfter(now.minus(SETTLED_AFTER));
    }
}
