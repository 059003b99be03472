package org.focalpoint.events;

public enum RegistrationState {
    PENDING_APPROVAL,
    APPROVED,
    AUTO_APPROVED,
    REJECTED,
    WITHDRAWN,
    CANCELLED
}
