package org.focalpoint.mailbox;

import org.focalpoint.optin.RequestKind;

/** A request in the words of the queue and of the acknowledgement. */
final class Requests {

    private Requests() {
    }

    static String label(RequestKind kind) {
        return kind == RequestKind.OPT_IN ? "Opt in" : "Opt out";
    }

    static String asked(RequestKind kind) {
        return kind == RequestKind.OPT_IN ? "to opt in to" : "to opt out of";
    }
}
