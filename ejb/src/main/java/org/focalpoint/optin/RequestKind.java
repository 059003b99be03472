package org.focalpoint.optin;

public enum RequestKind {
    OPT_IN,
    OPT_OUT
}
