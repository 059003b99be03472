package org.focalpoint.affiliations;

public enum TiesState {
    REQUESTED,
    GRANTED,
    REJECTED,
    REVOKED
}
