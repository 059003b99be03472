package org.focalpoint.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed sign-ins against one key (an account or a remote address) slow down and then stop
 * further attempts. The first {@value #FREE_FAILURES} failures cost nothing; from then on each
 * attempt must wait a doubling delay after the last failure; {@value #LOCK_AFTER} failures lock
 * the key for {@link #LOCK}. Failures are forgotten after {@link #WINDOW} without one, and a
 * correct password forgets the account's failures.
 */
public final class SignInPolicy {

    public static final int FREE_FAILURES = 3;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    public static final int LOCK_AFTER = 10;
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final Duration WINDOW = Duration.ofHours(1);

    private SignInPolicy() {
    }

    /** What is known of a key's failures; {@code null} fields when it never failed. */
    public record Count(int failures, Instant lastFailureAt, Instant lockedUntil) {

        public static final Count NONE = new Count(0, null, null);

        static Count of(SignInThrottle throttle) {
            return throttle == null ? NONE
                    : new Count(throttle.getFailures(), throttle.getLastFailureAt(), throttle.getLockedUntil());
        }
    }

    /** Whether a password may be checked now: allowed, or refused for the given time. */
    public record Verdict(Kind kind, Duration retryAfter) {

        public enum Kind { ALLOWED, SLOWED, LOCKED }

        static final Verdict ALLOWED = new Verdict(Kind.ALLOWED, Duration.ZERO);

        public boolean allowed() {
            return kind == Kind.ALLOWED;
        }
    }

    /** The count after one more failure, and whether that failure started a lock. */
    public record AfterFailure(int failures, Instant lockedUntil, boolean lockStarted) {
    }

    public static Verdict before(Count count, Instant now) {
        if (count.lockedUntil() != null && now.isBefore(count.lockedUntil())) {
            return new Verdict(Verdict.Kind.LOCKED, Duration.between(now, count.lockedUntil()));
        }
        if (forgotten(count, now) || count.failures() < FREE_FAILURES) {
            return Verdict.ALLOWED;
        }
        Instant allowedFrom = count.lastFailureAt().plus(delayAfter(count.failures()));
        return now.isBefore(allowedFrom)
                ? new Verdict(Verdict.Kind.SLOWED, Duration.between(now, allowedFrom))
                : Verdict.ALLOWED;
    }

    /**
     * One more failure at {@code now}. Once the lock threshold is reached, every further failure
     * within the window locks again: an attacker who waits out a lock gets one guess, not ten.
     */
    public static AfterFailure afterFailure(Count count, Instant now) {
        int failures = forgotten(count, now) ? 1 : count.failures() + 1;
        if (failures < LOCK_AFTER) {
            return new AfterFailure(failures, null, false);
        }
        boolean alreadyLocked = count.lockedUntil() != null && now.isBefore(count.lockedUntil());
        return new AfterFailure(failures, now.plus(LOCK), !alreadyLocked);
    }

    /** 5 s after the third failure, doubling with each further one (10 s, 20 s, … 320 s). */
    static Duration delayAfter(int failures) {
        int doublings = Math.min(failures, LOCK_AFTER - 1) - FREE_FAILURES;
        return FIRST_DELAY.multipliedBy(1L << doublings);
    }

    private static boolean forgotten(Count count, Instant now) {
        return count.lastFailureAt() == null || !now.isBefore(count.lastFailureAt().plus(WINDOW));
    }
}
