package org.focalpoint.activity;

import org.focalpoint.RuleViolation;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.time.DayRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditFilterTest {

    @Test
    void daysAreWholeUtcDaysBothIncluded() {
        AuditFilter filter = new AuditFilter(new DayRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), null), null, null);
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), filter.days().start());
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"), filter.days().end());
        filter.check();
    }

    @Test
    void emptyPartsDoNotNarrow() {
        assertNull(AuditFilter.NONE.days().start());
        assertNull(AuditFilter.NONE.days().end());
        assertNull(new AuditFilter(null, " ", " ").actions());
    }

    @Test
    void aFirstDayAfterTheLastIsRefused() {
        AuditFilter filter = new AuditFilter(new DayRange(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), null), null, null);
        RuleViolation refused = assertThrows(RuleViolation.class, filter::check);
        assertTrue(refused.getMessage().contains("The first day (2026-03-02) is after the last day (2026-03-01)"),
                refused.getMessage());
    }

    @Test
    void aKindIsAGroupOrOneAction() {
        assertEquals(EnumSet.of(AuditAction.TIES_ACCESS_GRANTED),
                new AuditFilter(null, null, "TIES_ACCESS_GRANTED").actions());
        assertEquals(AuditKind.AFFILIATIONS.actions(), new AuditFilter(null, null, "AFFILIATIONS").actions());
    }

    @Test
    void anUnknownKindIsRefused() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                new AuditFilter(null, null, "EVERYTHING_EVER")::check);
        assertEquals("There is no kind of activity called \"EVERYTHING_EVER\": please pick one from the list.",
                refused.getMessage());
    }
}
