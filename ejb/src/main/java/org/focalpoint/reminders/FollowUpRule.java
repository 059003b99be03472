package org.focalpoint.reminders;

import org.focalpoint.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * When a request waiting on a focal point is followed up (docs/domain.md, "Digests, reminders and
 * escalation": "requests waiting on a focal point too long get a reminder, then go to the
 * secretariat"), the one place of the rule:
 * <ul>
 * <li>after {@code remindAfterDays} its focal point is reminded, once;</li>
 * <li>after {@code escalateAfterDays} it goes to the secretariat, once, and nothing follows;</li>
 * <li>a request no focal point can decide (none designated, or not active) goes to the secretariat as
 *     soon as it is old enough for a reminder: a reminder would reach no one;</li>
 * <li>a request found only when already past the escalation age (the job did not run, or the
 *     setting changed) goes straight to the secretariat: a reminder announcing an escalation
 *     that happens the same night tells the focal point nothing.</li>
 * </ul>
 */
public record FollowUpRule(int remindAfterDays, int escalateAfterDays) {

    public static final String REMIND_AFTER = "focalpoint.reminders.after-days";
    public static final String ESCALATE_AFTER = "focalpoint.reminders.escalate-after-days";

    public FollowUpRule {
        if (remindAfterDays < 1 || escalateAfterDays <= remindAfterDays) {
            throw new RuleViolation("reminders.settings-out-of-order", REMIND_AFTER, ESCALATE_AFTER,
                    String.valueOf(remindAfterDays), String.valueOf(escalateAfterDays));
        }
    }

    /**
     * The stage due at {@code now} for a request waiting since {@code since}, given the stages
     * {@code done} for it already; empty when nothing is due.
     */
    public Optional<FollowUpStage> due(Instant since, Instant now, boolean hasFocalPoint, Set<FollowUpStage> done) {
        Duration waited = Duration.between(since, now);
        if (done.contains(FollowUpStage.ESCALATED) || waited.compareTo(Duration.ofDays(remindAfterDays)) < 0) {
            return Optional.empty();
        }
        if (!hasFocalPoint || waited.compareTo(Duration.ofDays(escalateAfterDays)) >= 0) {
            return Optional.of(FollowUpStage.ESCALATED);
        }
        return done.contains(FollowUpStage.REMINDED) ? Optional.empty() : Optional.of(FollowUpStage.REMINDED);
    }
}
