package org.focalpoint.optin;

public enum OptInRequestStatus {
    TO_REVIEW,
    UNREADABLE,
    CONFIRMED,
    REJECTED
}
