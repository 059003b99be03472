package org.focalpoint.mailbox.reading;

import org.focalpoint.words.Labelled;

/** Why a mail cannot become a request to confirm; it still goes to the queue, marked with this. */
public enum UnreadableReason implements Labelled {
    MALFORMED,
    EMPTY,
    ATTACHMENTS_ONLY,
    NO_REQUEST,
    BOTH_REQUESTS,
    REPLY_TO_ACKNOWLEDGEMENT,
    NO_ORGANIZATION,
    UNKNOWN_ORGANIZATION,
    AMBIGUOUS_ORGANIZATION;

    @Override
    public String labelGroup() {
        return "unreadable-reason";
    }
}
