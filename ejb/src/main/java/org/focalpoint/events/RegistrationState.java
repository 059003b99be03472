package org.focalpoint.events;

import org.focalpoint.words.Labelled;

public enum RegistrationState implements Labelled {
    PENDING_APPROVAL,
    APPROVED,
    AUTO_APPROVED,
    REJECTED,
    WITHDRAWN,
    CANCELLED;

    /** Waiting or approved: the delegate is expected at the event, and may still withdraw. */
    public boolean isStanding() {
        return this == PENDING_APPROVAL || this == APPROVED || this == AUTO_APPROVED;
    }

    @Override
    public String labelGroup() {
        return "registration-state";
    }
}
