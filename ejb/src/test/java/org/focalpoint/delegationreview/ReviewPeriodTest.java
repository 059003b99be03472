package org.focalpoint.delegationreview;

import org.focalpoint.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aMemberNeverReviewedIsDue() {
        assertTrue(new ReviewPeriod(30).isDue(null, TODAY));
    }

    @Test
    void theNextReviewIsDueOnceThePeriodHasPassedInDays() {
        ReviewPeriod monthly = new ReviewPeriod(30);
        assertFalse(monthly.isDue(TODAY, TODAY), "sent tonight: not again the same night");
        assertFalse(monthly.isDue(TODAY.minusDays(29), TODAY));
        assertTrue(monthly.isDue(TODAY.minusDays(30), TODAY), "sent 30 days ago: due");
        assertTrue(monthly.isDue(TODAY.minusDays(45), TODAY), "a night missed is caught up the next");
    }

    @Test
    void everyDayMeansEachNightOnce() {
        ReviewPeriod daily = new ReviewPeriod(1);
        assertFalse(daily.isDue(TODAY, TODAY));
        assertTrue(daily.isDue(TODAY.minusDays(1), TODAY));
    }

    @Test
    void aPeriodShorterThanADayIsRefused() {
        assertThrows(RuleViolation.class, () -> new ReviewPeriod(0));
    }
}
