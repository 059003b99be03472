package org.focalpoint.optin;

import org.focalpoint.words.Labelled;

public enum RequestKind implements Labelled {
    OPT_IN,
    OPT_OUT;

    @Override
    public String labelGroup() {
        return "request-kind";
    }
}
