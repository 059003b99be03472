package org.focalpoint.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.Organization;

import java.time.Clock;
import java.util.List;

/**
 * Writes the audit trail. Every call joins the caller's transaction, so an entry exists exactly
 * when the change it records was committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A change made by a person, or by the platform when {@code actor} is null. */
    public void record(Account actor, Organization onBehalfOf, AuditAction action, Class<?> subjectType,
                       Long subjectId, String detail, String reason) {
        String label = actor == null ? "FocalPoint" : actor.getFullName() + " <" + actor.getEmail() + ">";
        em.persist(new AuditEntry(actor, label, onBehalfOf, action, subjectType.getSimpleName(), subjectId,
                detail, reason, clock.instant()));
    }

    /** Entries about one subject, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> about(Class<?> subjectType, Long subjectId) {
        return em.createNamedQuery("AuditEntry.aboutSubject", AuditEntry.class)
                .setParameter("type", subjectType.getSimpleName())
                .setParameter("id", subjectId)
                .getResultList();
    }
}
