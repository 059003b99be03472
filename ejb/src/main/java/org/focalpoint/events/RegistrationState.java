package org.focalpoint.events;

public enum RegistrationState {
    PENDING_APPROVAL("Waiting for approval"),
    APPROVED("Approved"),
    AUTO_APPROVED("Approved automatically"),
    REJECTED("Not approved"),
    WITHDRAWN("Withdrawn"),
    CANCELLED("Cancelled");

    private final String label;

    RegistrationState(String label) {
        this.label = label;
    }

    /** In the words a delegate reads on the pages and in mails. */
    public String label() {
        return label;
    }

    /** Waiting or approved: the delegate is expected at the event, and may still withdraw. */
    public boolean isStanding() {
        return this == PENDING_APPROVAL || this == APPROVED || this == AUTO_APPROVED;
    }
}
