package org.focalpoint.mailbox;

import org.focalpoint.words.Labelled;

/**
 * Who the sender is to the organization the mail names. Only a focal point of that organization
 * speaks for it; anything else is flagged in the queue, and confirming it asks staff to say they
 * checked with the member.
 */
public enum SenderStanding implements Labelled {
    FOCAL_POINT,
    AFFILIATED,
    NOT_AFFILIATED,
    UNKNOWN_ADDRESS;

    public boolean speaksForOrganization() {
        return this == FOCAL_POINT;
    }

    @Override
    public String labelGroup() {
        return "sender-standing";
    }
}
