package org.focalpoint.optin;

import org.focalpoint.words.Labelled;

import java.util.EnumSet;
import java.util.Set;

/** Where an opt-in or opt-out came from. */
public enum OptInSource implements Labelled {
    LETTER,
    EMAIL,
    STAFF,
    STUDY_PERIOD_END;

    /** What staff may give as the source of a change they record; the end of a study period is the platform's. */
    public static Set<OptInSource> recordable() {
        return EnumSet.of(LETTER, EMAIL, STAFF);
    }

    @Override
    public String labelGroup() {
        return "opt-in-source";
    }
}
