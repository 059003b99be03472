package org.focalpoint.affiliations;

import org.focalpoint.words.Labelled;

public enum AffiliationState implements Labelled {
    REQUESTED,
    APPROVED,
    REJECTED,
    REMOVED;

    @Override
    public String labelGroup() {
        return "affiliation-state";
    }
}
