package org.focalpoint.mailbox;

import jakarta.mail.Flags;

/**
 * The IMAP keyword set on a message of the Director's mailbox once its item has committed:
 * messages without it are new. The mail stays in the mailbox for the people who read it.
 */
public final class TakenMarker {

    private static final String KEYWORD = "FocalPointTaken";

    private TakenMarker() {
    }

    public static Flags flags() {
        return new Flags(KEYWORD);
    }
}
