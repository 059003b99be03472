package org.focalpoint.delegation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.events.RegistrationState;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells Designated Focal Points of the registrations waiting for them, in digests (see
 * {@link RegistrationDigest}); run by the same timer as the TIES Focal Points' digests.
 */
@Stateless
public class RegistrationDigests {

    private static final Logger LOG = Logger.getLogger(RegistrationDigests.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DfpDigest digest;

    /** Sends every digest due at {@code now}, each person in a transaction of their own; returns how many left. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue(Instant now) {
        int sent = 0;
        for (Long person : em.createQuery("select distinct d.account.id from DesignatedFocalPoint d, Registration r"
                        + " where r.affiliation.organization = d.organization and r.event.sector = d.sector"
                        + " and r.state = :pending and d.organization.active = true and d.account.state = :active",
                        Long.class)
                .setParameter("pending", RegistrationState.PENDING_APPROVAL)
                .setParameter("active", AccountState.ACTIVE).getResultList()) {
            try {
                if (digest.sendIfDue(person, now)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // another run may have sent it a moment ago, or this one failed: the next run retries
                LOG.log(Level.WARNING, "No registration digest for Designated Focal Point " + person + " this time", e);
            }
        }
        if (sent > 0) {
            LOG.info("Sent " + sent + " registration digest(s) to Designated Focal Points");
        }
        return sent;
    }
}
