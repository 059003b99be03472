package org.focalpoint.mailbox.reading;

import java.util.List;

/**
 * What the registry says about an organization named in a mail.
 *
 * @param outcome    see {@link Outcome}
 * @param asWritten  the text that was matched (or the first one tried), null when none was named
 * @param candidates the one organization when MATCHED or SUGGESTED, the several when AMBIGUOUS,
 *                   none when UNKNOWN or NONE_NAMED
 * @param confidence how sure the match is, once the sender's affiliations are taken into account
 * @param reasons    in words for the review queue
 */
public record OrganizationMatch(Outcome outcome, String asWritten, List<RegisteredOrganization> candidates,
                                Confidence confidence, List<String> reasons) {

    public enum Outcome {
        /** The text names exactly one registered organization. */
        MATCHED,
        /** The text matches none (or several), but the sender is affiliated with exactly one: staff decide. */
        SUGGESTED,
        /** The text matches several registered organizations. */
        AMBIGUOUS,
        /** The text matches no registered organization. */
        UNKNOWN,
        /** The mail names no organization. */
        NONE_NAMED
    }

    public OrganizationMatch {
        candidates = List.copyOf(candidates);
        reasons = List.copyOf(reasons);
    }

    /** The organization meant, when there is one (MATCHED or SUGGESTED), else null. */
    public RegisteredOrganization organization() {
        return outcome == Outcome.MATCHED || outcome == Outcome.SUGGESTED ? candidates.get(0) : null;
    }
}
