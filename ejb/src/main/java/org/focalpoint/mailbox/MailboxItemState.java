package org.focalpoint.mailbox;

/** Where a message of the Director's mailbox stands in the secretariat's review queue. */
public enum MailboxItemState {
    TO_REVIEW("To review"),
    UNREADABLE("Unreadable"),
    /** The application failed on it again and again: staff see the error instead of endless retries. */
    PARKED("Parked after errors"),
    CONFIRMED("Confirmed"),
    REJECTED("Rejected");

    private final String label;

    MailboxItemState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for staff: the states a decision can be taken on. */
    public boolean isOpen() {
        return this == TO_REVIEW || this == UNREADABLE || this == PARKED;
    }
}
