package org.focalpoint.delegation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.notifications.DigestRound;

import java.time.Instant;
import java.util.List;

/**
 * Tells Designated Focal Points of the registrations waiting for them, in digests (see
 * {@link RegistrationDigest}); run by the same timer as the TIES Focal Points' digests.
 */
@Stateless
public class RegistrationDigests {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DfpDigest digest;

    /** Sends every digest due at {@code now}, each person in a transaction of their own; returns how many left. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue(Instant now) {
        List<Long> waitedOn = em.createQuery("select distinct d.account.id from DesignatedFocalPoint d, Registration r"
                        + " where r.affiliation.organization = d.organization and r.event.sector = d.sector"
                        + " and r.state = :pending and d.organization.active = true and d.account.state = :active",
                        Long.class)
                .setParameter("pending", RegistrationState.PENDING_APPROVAL)
                .setParameter("active", AccountState.ACTIVE).getResultList();
        return DigestRound.sendEach(waitedOn, person -> digest.sendIfDue(person, now), "registration digest",
                "Designated Focal Points");
    }
}
