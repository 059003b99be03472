package org.focalpoint.affiliations;

import org.focalpoint.words.Labelled;

public enum TiesState implements Labelled {
    REQUESTED,
    GRANTED,
    REJECTED,
    REVOKED;

    @Override
    public String labelGroup() {
        return "ties-state";
    }
}
