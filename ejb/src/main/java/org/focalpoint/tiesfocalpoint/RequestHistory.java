package org.focalpoint.tiesfocalpoint;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.affiliations.Affiliation;

/**
 * Reads a request as committed by others. Used when a decision lost a race: the losing transaction
 * is rolled back and its persistence context is stale, so the winner is read in a new one.
 */
@Stateless
public class RequestHistory {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String alreadyDecided(Long affiliationId) {
        Affiliation affiliation = em.find(Affiliation.class, affiliationId);
        em.refresh(affiliation);
        if (affiliation.getTiesAccess() != null) {
            em.refresh(affiliation.getTiesAccess());
        }
        return AlreadyDecided.message(affiliation);
    }
}
