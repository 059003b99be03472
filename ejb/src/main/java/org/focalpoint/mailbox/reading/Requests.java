package org.focalpoint.mailbox.reading;

import org.focalpoint.optin.RequestKind;

/** A request in the words of the queue and of the acknowledgement. */
public final class Requests {

    private Requests() {
    }

    public static String label(RequestKind kind) {
        return kind == RequestKind.OPT_IN ? "Opt in" : "Opt out";
    }

    public static String asked(RequestKind kind) {
        return kind == RequestKind.OPT_IN ? "to opt in to" : "to opt out of";
    }
}
