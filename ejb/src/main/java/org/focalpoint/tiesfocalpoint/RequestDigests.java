package org.focalpoint.tiesfocalpoint;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.PendingRequests;
import org.focalpoint.notifications.DigestRound;

import java.time.Instant;

/**
 * Tells TIES Focal Points of the requests that arrived for their organizations, in digests rather
 * than one mail per request (see {@link RequestDigest} for the rules). Staff acting as ITU Focal
 * Point get none: organizations without a focal point are in the staff's own list.
 */
@Stateless
public class RequestDigests {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FocalPointDigest digest;

    /**
     * Sends every digest due at {@code now}, each focal point in a transaction of its own; returns
     * how many mails left. Safe to call while another run is under way: no digest goes twice.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue(Instant now) {
        TypedQuery<Long> waitedOn = em.createQuery("select distinct o.tiesFocalPoint.id from Organization o,"
                        + " Affiliation a left join a.tiesAccess t"
                        + " where a.organization = o and o.active = true and o.tiesFocalPoint.state = :active"
                        + " and " + PendingRequests.where("a", "t"), Long.class)
                .setParameter("active", AccountState.ACTIVE);
        return DigestRound.sendEach(PendingRequests.bind(waitedOn).getResultList(),
                focalPoint -> digest.sendIfDue(focalPoint, now), "request digest", "TIES Focal Points");
    }
}
