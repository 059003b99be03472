package org.focalpoint.delegationreview;

import org.focalpoint.RuleViolation;

import java.time.LocalDate;

/**
 * How often a member's Designated Focal Point receives the delegation review, in days
 * ({@code -Dfocalpoint.delegation-review.every-days}, 30 unless set: {@link ReviewConfiguration}). Counted in calendar days, not
 * hours: a night's run that starts a few minutes earlier than the last one still finds the review due.
 */
public record ReviewPeriod(int everyDays) {

    public ReviewPeriod {
        if (everyDays < 1) {
            throw new RuleViolation("delegationreview.more-than-once-a-day", String.valueOf(everyDays));
        }
    }

    /** Due when none was ever sent, or when the last one was sent {@code everyDays} or more days before today. */
    public boolean isDue(LocalDate lastSent, LocalDate today) {
        return lastSent == null || !lastSent.plusDays(everyDays).isAfter(today);
    }
}
