package org.focalpoint.organizations;

import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrganizationOversightTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void waitingLongerThanNDaysMeansAskedBeforeNDaysAgo() {
        assertEquals(Instant.parse("2026-11-15T12:00:00Z"), OrganizationOversight.cutoff(7, NOW));
        assertEquals(NOW, OrganizationOversight.cutoff(0, NOW));
    }

    @Test
    void aNegativeOrAbsurdNumberOfDaysIsRefused() {
        assertEquals("Please enter a number of days from 0 to 3650.",
                assertThrows(RuleViolation.class, () -> OrganizationOversight.cutoff(-1, NOW)).getMessage());
        assertThrows(RuleViolation.class, () -> OrganizationOversight.cutoff(Integer.MAX_VALUE, NOW));
    }

    @Test
    void theOldestRequestIsReadInUtcWhateverTypeTheAggregateReturns() {
        assertEquals(NOW, OrganizationOversight.instant(NOW));
        assertEquals(NOW, OrganizationOversight.instant(LocalDateTime.parse("2026-11-22T12:00:00")));
        assertEquals(NOW, OrganizationOversight.instant(Timestamp.valueOf(LocalDateTime.parse("2026-11-22T12:00:00"))));
        assertNull(OrganizationOversight.instant(null));
    }
}
