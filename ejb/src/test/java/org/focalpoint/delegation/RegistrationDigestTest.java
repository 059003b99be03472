package org.focalpoint.delegation;

import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.Sector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistrationDigestTest {

    private static final Instant NOON = Instant.parse("2026-11-22T12:00:00Z");

    private final RegistrationDigest digest = new RegistrationDigest(new Account("d@example.org", "h", "D", "P",
            Instant.now()));

    private static WaitingRegistration at(long id, Instant since) {
        return new WaitingRegistration(id, 0, "D " + id, id + "@example.org", "SG", LocalDate.of(2027, 1, 1),
                since, null, 0);
    }

    @Test
    void dueAtOnceThenNotWithinTheHour() {
        assertTrue(digest.isDueAt(NOON));
        digest.announced(1L, Sector.ITU_T, List.of(at(1, NOON.minus(Duration.ofMinutes(5)))), NOON);
        assertFalse(digest.isDueAt(NOON.plus(Duration.ofMinutes(59))));
        assertTrue(digest.isDueAt(NOON.plus(Duration.ofMinutes(60))));
    }

    @Test
    void newsIsWhatCameAfterTheLastAnnouncedOfThatSeatAndHasSettled() {
        WaitingRegistration old = at(1, NOON.minus(Duration.ofMinutes(30)));
        WaitingRegistration later = at(2, NOON.plus(Duration.ofMinutes(30)));
        digest.announced(1L, Sector.ITU_T, List.of(old), NOON);

        Instant next = NOON.plus(Duration.ofMinutes(90));
        // one registered this very moment is left for the next digest: it may not be committed yet
        assertEquals(List.of(later), digest.news(1L, Sector.ITU_T, List.of(old, later, at(3, next)), next));
        // another sector of the same organization announced nothing yet
        assertEquals(List.of(old, later), digest.news(1L, Sector.ITU_R, List.of(old, later), next));
        assertEquals(List.of(old), digest.news(2L, Sector.ITU_T, List.of(old), next));
    }
}
