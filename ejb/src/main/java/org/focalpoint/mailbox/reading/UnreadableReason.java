package org.focalpoint.mailbox.reading;

/** Why a mail cannot become a request to confirm; it still goes to the queue, marked with this. */
public enum UnreadableReason {
    MALFORMED("The message's MIME structure is broken"),
    EMPTY("The message has no text"),
    ATTACHMENTS_ONLY("The message has only attachments, which are not read"),
    NO_REQUEST("No opt-in or opt-out request was found"),
    BOTH_REQUESTS("The message asks both to opt in and to opt out"),
    REPLY_TO_ACKNOWLEDGEMENT("A reply to our acknowledgement that asks nothing new"),
    NO_ORGANIZATION("The message names no organization"),
    UNKNOWN_ORGANIZATION("The organization named is not in the registry"),
    AMBIGUOUS_ORGANIZATION("The organization named matches several in the registry");

    private final String label;

    UnreadableReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
