package org.focalpoint.accounts;

import org.focalpoint.accounts.SignInPolicy.Count;
import org.focalpoint.accounts.SignInPolicy.Verdict.Kind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailRequestLimitsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final MailRequestLimits LIMITS = new MailRequestLimits(3, 20, Duration.ofMinutes(60));

    @Test
    void soManyMailsGoAtOnceThenAskingWaitsThePause() {
        Count count = Count.NONE;
        for (int mail = 1; mail <= 3; mail++) {
            assertTrue(SignInPolicy.before(LIMITS.toAddress(), count, NOW).allowed(), "mail " + mail);
            count = counted(LIMITS.toAddress(), count, NOW);
        }
        SignInPolicy.Verdict fourth = SignInPolicy.before(LIMITS.toAddress(), count, NOW.plusSeconds(10));
        assertEquals(Kind.LOCKED, fourth.kind());
        assertEquals(Duration.ofMinutes(60).minusSeconds(10), fourth.retryAfter());
    }

    @Test
    void afterThePauseTheCountStartsAgain() {
        Count reached = new Count(3, NOW, NOW.plus(Duration.ofMinutes(60)));
        Instant later = NOW.plus(Duration.ofMinutes(60));
        assertTrue(SignInPolicy.before(LIMITS.toAddress(), reached, later).allowed());
        assertEquals(1, SignInPolicy.afterFailure(LIMITS.toAddress(), reached, later).failures());
    }

    @Test
    void aClientMayAskForMoreThanOneAddressGets() {
        Count nineteen = new Count(19, NOW, null);
        assertTrue(SignInPolicy.before(LIMITS.fromClient(), nineteen, NOW).allowed());
        assertTrue(SignInPolicy.afterFailure(LIMITS.fromClient(), nineteen, NOW).lockStarted());
    }

    private static Count counted(SignInPolicy.Limits limits, Count count, Instant at) {
        SignInPolicy.AfterFailure after = SignInPolicy.afterFailure(limits, count, at);
        return new Count(after.failures(), at, after.lockedUntil());
    }
}
