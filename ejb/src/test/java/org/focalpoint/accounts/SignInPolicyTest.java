package org.focalpoint.accounts;

import org.focalpoint.accounts.SignInPolicy.Count;
import org.focalpoint.accounts.SignInPolicy.Verdict.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    /** failures so far, seconds since the last failure, seconds the lock still runs (-1: none) -> verdict, wait */
    @ParameterizedTest(name = "{0} failures, last {1}s ago, lock {2}s -> {3} {4}s")
    @CsvSource({
            "0,    0, -1, ALLOWED,    0",
            "1,    0, -1, ALLOWED,    0",
            "2,    0, -1, ALLOWED,    0",
            "3,    0, -1, SLOWED,     5",
            "3,    2, -1, SLOWED,     3",
            "3,    5, -1, ALLOWED,    0",
            "4,    0, -1, SLOWED,    10",
            "4,    9, -1, SLOWED,     1",
            "4,   10, -1, ALLOWED,    0",
            "5,    0, -1, SLOWED,    20",
            "6,    0, -1, SLOWED,    40",
            "9,    0, -1, SLOWED,   320",
            "9, 3600, -1, ALLOWED,    0",
            "10,   0, 900, LOCKED,  900",
            "10, 600, 300, LOCKED,  300",
            "10, 900,  0, ALLOWED,    0",
            "12, 1000, -100, ALLOWED, 0"})
    void decidesWhetherAPasswordMayBeChecked(int failures, long agoSeconds, long lockSeconds, Kind kind, long waitSeconds) {
        Count count = new Count(failures, failures == 0 ? null : NOW.minusSeconds(agoSeconds),
                lockSeconds < 0 ? null : NOW.plusSeconds(lockSeconds));
        SignInPolicy.Verdict verdict = SignInPolicy.before(SignInPolicy.ACCOUNT, count, NOW);
        assertEquals(kind, verdict.kind());
        assertEquals(Duration.ofSeconds(waitSeconds), verdict.retryAfter());
    }

    /** failures so far, seconds since the last failure -> failures after one more, lock starts */
    @ParameterizedTest(name = "{0} failures, last {1}s ago, one more -> {2}, lock {3}")
    @CsvSource({
            "0,    0,  1, false",
            "2,   10,  3, false",
            "8,  100,  9, false",
            "9,  320, 10, true",
            "9, 3600,  1, false",
            "5, 3599,  6, false"})
    void countsAFailure(int failures, long agoSeconds, int after, boolean lockStarts) {
        Count count = new Count(failures, failures == 0 ? null : NOW.minusSeconds(agoSeconds), null);
        SignInPolicy.AfterFailure result = SignInPolicy.afterFailure(SignInPolicy.ACCOUNT, count, NOW);
        assertEquals(after, result.failures());
        assertEquals(lockStarts, result.lockStarted());
        if (lockStarts) {
            assertEquals(NOW.plus(SignInPolicy.LOCK), result.lockedUntil());
        } else {
            assertNull(result.lockedUntil());
        }
    }

    @Test
    void aFailureAfterALockRanOutLocksAgainAtOnce() {
        Count afterLock = new Count(10, NOW.minus(Duration.ofMinutes(16)), NOW.minus(Duration.ofMinutes(1)));
        assertTrue(SignInPolicy.before(SignInPolicy.ACCOUNT, afterLock, NOW).allowed());
        SignInPolicy.AfterFailure result = SignInPolicy.afterFailure(SignInPolicy.ACCOUNT, afterLock, NOW);
        assertEquals(11, result.failures());
        assertTrue(result.lockStarted());
        assertEquals(NOW.plus(SignInPolicy.LOCK), result.lockedUntil());
    }

    @Test
    void aFailureDuringALockExtendsItWithoutStartingANewOne() {
        Count locked = new Count(10, NOW.minusSeconds(60), NOW.plusSeconds(840));
        SignInPolicy.AfterFailure result = SignInPolicy.afterFailure(SignInPolicy.ACCOUNT, locked, NOW);
        assertFalse(result.lockStarted());
        assertEquals(NOW.plus(SignInPolicy.LOCK), result.lockedUntil());
    }

    @Test
    void aWholeAttackIsLockedAfterTenFailures() {
        Count count = Count.NONE;
        Instant at = NOW;
        int attempts = 0;
        // an attacker who always waits exactly as long as asked
        while (SignInPolicy.before(SignInPolicy.ACCOUNT, count, at).kind() != Kind.LOCKED && attempts < 100) {
            at = at.plus(SignInPolicy.before(SignInPolicy.ACCOUNT, count, at).retryAfter());
            SignInPolicy.AfterFailure after = SignInPolicy.afterFailure(SignInPolicy.ACCOUNT, count, at);
            count = new Count(after.failures(), at, after.lockedUntil());
            attempts++;
        }
        assertEquals(SignInPolicy.ACCOUNT.lockAfter(), attempts);
        assertEquals(Duration.ofSeconds(5 + 10 + 20 + 40 + 80 + 160 + 320), Duration.between(NOW, at));
    }

    /** failures so far from one address, seconds since the last -> verdict */
    @ParameterizedTest(name = "address with {0} failures, last {1}s ago -> {2}")
    @CsvSource({
            "3,   0, ALLOWED",
            "9,   0, ALLOWED",
            "10,  0, SLOWED",
            "10,  5, ALLOWED",
            "30, 319, SLOWED",
            "30, 320, ALLOWED"})
    void anAddressSharedByManyPeopleIsSlowedLater(int failures, long agoSeconds, Kind kind) {
        Count count = new Count(failures, NOW.minusSeconds(agoSeconds), null);
        assertEquals(kind, SignInPolicy.before(SignInPolicy.ADDRESS, count, NOW).kind());
    }

    @Test
    void anAddressIsLockedAtFifty() {
        Count count = new Count(49, NOW.minusSeconds(400), null);
        SignInPolicy.AfterFailure result = SignInPolicy.afterFailure(SignInPolicy.ADDRESS, count, NOW);
        assertTrue(result.lockStarted());
        assertFalse(SignInPolicy.afterFailure(SignInPolicy.ADDRESS, new Count(48, NOW.minusSeconds(400), null), NOW)
                .lockStarted());
    }
}
