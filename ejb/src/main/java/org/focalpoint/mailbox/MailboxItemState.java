package org.focalpoint.mailbox;

import org.focalpoint.words.Labelled;

/** Where a message of the Director's mailbox stands in the secretariat's review queue. */
public enum MailboxItemState implements Labelled {
    TO_REVIEW,
    UNREADABLE,
    /** The application failed on it again and again: staff see the error instead of endless retries. */
    PARKED,
    CONFIRMED,
    REJECTED,
    /** Junk (an unrelated mail, an auto-reply, a forged sender): set aside with a reason, nobody told. */
    DISMISSED;

    /** Still waiting for staff: the states a decision can be taken on. */
    public boolean isOpen() {
        return this == TO_REVIEW || this == UNREADABLE || this == PARKED;
    }

    @Override
    public String labelGroup() {
        return "mailbox-item-state";
    }
}
