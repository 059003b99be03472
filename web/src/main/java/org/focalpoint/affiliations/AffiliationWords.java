package org.focalpoint.affiliations;

import java.util.Locale;

/** Where an affiliation stands, in the words the pages show. */
public final class AffiliationWords {

    private AffiliationWords() {
    }

    public static String state(MyAffiliation a) {
        return words(a.state().name());
    }

    public static String ties(MyAffiliation a) {
        if (!a.tiesEligible()) {
            return "Not applicable";
        }
        return a.tiesState() == null ? "Not requested" : words(a.tiesState().name());
    }

    /** REQUESTED -> Requested. */
    private static String words(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
