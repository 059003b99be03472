package org.focalpoint.mailbox;

/**
 * Who the sender is to the organization the mail names. Only a focal point of that organization
 * speaks for it; anything else is flagged in the queue, and confirming it asks staff to say they
 * checked with the member.
 */
public enum SenderStanding {
    FOCAL_POINT("A focal point of the organization"),
    AFFILIATED("Affiliated with the organization, not a focal point"),
    NOT_AFFILIATED("A known address, not affiliated with the organization"),
    UNKNOWN_ADDRESS("An address the platform does not know");

    private final String label;

    SenderStanding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean speaksForOrganization() {
        return this == FOCAL_POINT;
    }
}
