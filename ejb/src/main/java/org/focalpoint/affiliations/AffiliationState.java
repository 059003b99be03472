package org.focalpoint.affiliations;

public enum AffiliationState {
    REQUESTED,
    APPROVED,
    REJECTED,
    REMOVED
}
