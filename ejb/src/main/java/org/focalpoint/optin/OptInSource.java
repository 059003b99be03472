package org.focalpoint.optin;

import java.util.EnumSet;
import java.util.Set;

/** Where an opt-in or opt-out came from. */
public enum OptInSource {
    LETTER("Letter"),
    EMAIL("E-mail"),
    STAFF("Secretariat"),
    STUDY_PERIOD_END("End of the study period");

    private final String label;

    OptInSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What staff may give as the source of a change they record; the end of a study period is the platform's. */
    public static Set<OptInSource> recordable() {
        return EnumSet.of(LETTER, EMAIL, STAFF);
    }
}
