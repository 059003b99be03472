package org.focalpoint.nightly;

/** What a nightly run did to one thing, in the words of its summary. */
public enum RunActionKind {
    AUTO_APPROVAL_WITHDRAWN("Automatic approval withdrawn: back to the Designated Focal Point"),
    CANCELLED("Cancelled: the delegate is no longer active or affiliated"),
    AUTO_APPROVED("Approved automatically"),
    OPT_IN_LAPSED("Opt-in lapsed at the end of the study period"),
    REMINDED("Focal point reminded of a request waiting too long"),
    ESCALATED("Escalated to the secretariat: waiting too long on the focal point, or none designated"),

    REVIEW_SENT("Delegation review sent to the Designated Focal Point");

    private final String label;

    RunActionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
