package org.focalpoint.mailbox.reading;

import java.time.LocalDate;

/**
 * How long the member asks for: the annex offers "until further notice or for the remainder of
 * the Study Period"; people also give dates or name the study period.
 *
 * @param until        how the request ends
 * @param from         the day it should take effect, when the mail says ("with effect from …"), or null
 * @param untilDate    the last day asked for when {@code until} is {@link Until#DATE}, else null
 * @param studyPeriod  the study period named, such as "2025-2028", or null
 * @param asWritten    the words that said so, or null when nothing was said
 */
public record RequestedPeriod(Until until, LocalDate from, LocalDate untilDate, String studyPeriod, String asWritten) {

    public enum Until {
        NOT_STATED("Not stated"),
        FURTHER_NOTICE("Until further notice"),
        END_OF_STUDY_PERIOD("For the remainder of the study period"),
        /** The annex's wording copied whole: the opt-in lasts until an opt-out or the study period's end, as the platform's rule has it. */
        FURTHER_NOTICE_OR_END_OF_STUDY_PERIOD("Until further notice or the end of the study period"),
        DATE("Until a date");

        private final String label;

        Until(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static RequestedPeriod notStated() {
        return new RequestedPeriod(Until.NOT_STATED, null, null, null, null);
    }

    public String shown() {
        StringBuilder s = new StringBuilder(until == Until.DATE ? "Until " + untilDate : until.label());
        if (studyPeriod != null) {
            s.append(" (study period ").append(studyPeriod).append(')');
        }
        if (from != null) {
            s.append(", from ").append(from);
        }
        return s.toString();
    }
}
