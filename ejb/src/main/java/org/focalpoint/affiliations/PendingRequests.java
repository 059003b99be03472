package org.focalpoint.affiliations;

import jakarta.persistence.TypedQuery;

/**
 * What "pending" means for a person's request to an organization, the one place, in Java and in
 * JPQL side by side: the affiliation itself is requested, or it is approved and its TIES access is
 * requested. Queues, digests and the nightly follow-up all ask here.
 */
public final class PendingRequests {

    private PendingRequests() {
    }

    public static boolean isPending(Affiliation affiliation) {
        return affiliation.getState() == AffiliationState.REQUESTED
                || affiliation.getState() == AffiliationState.APPROVED && isTiesRequested(affiliation);
    }

    public static boolean isTiesRequested(Affiliation affiliation) {
        TiesAccess ties = affiliation.getTiesAccess();
        return ties != null && ties.getState() == TiesState.REQUESTED;
    }

    /**
     * The same condition over an affiliation {@code a} and its TIES access {@code t} (left-joined) of
     * a query; {@link #bind} gives its parameters.
     */
    public static String where(String a, String t) {
        return "(" + a + ".state = :requested or (" + a + ".state = :approved and " + t + ".state = :tiesRequested))";
    }

    public static <T> TypedQuery<T> bind(TypedQuery<T> query) {
        return query.setParameter("requested", AffiliationState.REQUESTED)
                .setParameter("approved", AffiliationState.APPROVED)
                .setParameter("tiesRequested", TiesState.REQUESTED);
    }
}
