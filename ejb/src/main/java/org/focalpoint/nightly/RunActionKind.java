package org.focalpoint.nightly;

import org.focalpoint.words.Labelled;

/** What a nightly run did to one thing, in the words of its summary. */
public enum RunActionKind implements Labelled {
    AUTO_APPROVAL_WITHDRAWN,
    CANCELLED,
    AUTO_APPROVED,
    OPT_IN_LAPSED,
    REMINDED,
    ESCALATED,

    REVIEW_SENT;

    @Override
    public String labelGroup() {
        return "run-action-kind";
    }
}
