package org.focalpoint.consent;

import org.focalpoint.words.Labelled;

public enum ConsentKind implements Labelled {
    TERMS_OF_USE,
    DATA_PRIVACY;

    @Override
    public String labelGroup() {
        return "consent-kind";
    }
}
