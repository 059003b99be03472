package org.focalpoint.affiliations;

import org.focalpoint.faces.PageWords;

/** Where an affiliation stands, in the words the pages show. */
public final class AffiliationWords {

    private AffiliationWords() {
    }

    public static String state(MyAffiliation a, PageWords words) {
        return words.label(a.state());
    }

    public static String ties(MyAffiliation a, PageWords words) {
        if (!a.tiesEligible()) {
            return words.text("affiliations.ties-not-applicable");
        }
        return a.tiesState() == null ? words.text("affiliations.ties-not-requested") : words.label(a.tiesState());
    }
}
