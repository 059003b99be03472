package org.focalpoint.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * How counted attempts against one key slow down and then stop further attempts: failed sign-ins
 * (an account or a remote address), and the mails a person can ask for ({@link MailRequests}).
 * The first attempts cost nothing; from then on each attempt must wait a doubling delay after the
 * last one (5 s, 10 s, 20 s … at most {@link #LONGEST_DELAY}); at the lock threshold the key is
 * locked for the limits' lock. The count is forgotten after the limits' window without an attempt,
 * and a correct password forgets the account's failures.
 */
public final class SignInPolicy {

    public static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    public static final Duration LONGEST_DELAY = Duration.ofSeconds(320);
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final Duration WINDOW = Duration.ofHours(1);

    /**
     * How many attempts a key may have before it is slowed, and before it is locked; how long the
     * lock lasts, and how long after its last attempt a key's count is forgotten.
     */
    public record Limits(int freeFailures, int lockAfter, Duration lock, Duration window) {
    }

    /** One person's account: three tries, then slower, locked at ten. */
    public static final Limits ACCOUNT = new Limits(3, 10, LOCK, WINDOW);
    /**
     * One remote address: many people share one (a meeting venue, a ministry, ITU headquarters),
     * so a few people's typos must not lock out everyone behind it. Guessing across many accounts
     * from one address is still slowed and then stopped.
     */
    public static final Limits ADDRESS = new Limits(10, 50, LOCK, WINDOW);

    private SignInPolicy() {
    }

    /** What is known of a key's failures; {@code null} instants when it never failed. */
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

    public static Verdict before(Limits limits, Count count, Instant now) {
        if (count.lockedUntil() != null && now.isBefore(count.lockedUntil())) {
            return new Verdict(Verdict.Kind.LOCKED, Duration.between(now, count.lockedUntil()));
        }
        if (forgotten(limits, count, now) || count.failures() < limits.freeFailures()) {
            return Verdict.ALLOWED;
        }
        Instant allowedFrom = count.lastFailureAt().plus(delayAfter(limits, count.failures()));
        return now.isBefore(allowedFrom)
                ? new Verdict(Verdict.Kind.SLOWED, Duration.between(now, allowedFrom))
                : Verdict.ALLOWED;
    }

    /**
     * One more failure at {@code now}. Once the lock threshold is reached, every further failure
     * within the window locks again: an attacker who waits out a lock gets one guess, not ten.
     */
    public static AfterFailure afterFailure(Limits limits, Count count, Instant now) {
        int failures = forgotten(limits, count, now) ? 1 : count.failures() + 1;
        if (failures < limits.lockAfter()) {
            return new AfterFailure(failures, null, false);
        }
        boolean alreadyLocked = count.lockedUntil() != null && now.isBefore(count.lockedUntil());
        return new AfterFailure(failures, now.plus(limits.lock()), !alreadyLocked);
    }

    static Duration delayAfter(Limits limits, int failures) {
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(failures - limits.freeFailures(), 16));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private static boolean forgotten(Limits limits, Count count, Instant now) {
        return count.lastFailureAt() == null || !now.isBefore(count.lastFailureAt().plus(limits.window()));
    }
}
