package org.focalpoint.optin;

/** Where an opt-in or opt-out came from. */
public enum OptInSource {
    LETTER,
    EMAIL,
    STAFF,
    STUDY_PERIOD_END
}
