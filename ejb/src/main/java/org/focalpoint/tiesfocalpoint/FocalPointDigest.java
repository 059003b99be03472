package org.focalpoint.tiesfocalpoint;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.organizations.Organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One focal point's digest, in a transaction of its own so that one person's failure leaves the
 * others' digests alone. Two runs at once (the timer and another caller) queue on a lock of the
 * person's account, so the second sees the first one's digest and sends none; the version and the
 * one-row-per-person constraint back this up. The mail leaves only if the record of it commits.
 */
@Stateless
public class FocalPointDigest {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    /** Sends the digest of {@code focalPointId} if one is due at {@code now} and has news; true if it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendIfDue(Long focalPointId, Instant now) {
        // runs for the same person queue here: the second one then reads the first one's record
        Account focalPoint = em.find(Account.class, focalPointId, LockModeType.PESSIMISTIC_WRITE);
        if (focalPoint == null || !focalPoint.isActive()) {
            return false;
        }
        RequestDigest digest = em.createNamedQuery("RequestDigest.of", RequestDigest.class)
                .setParameter("focalPoint", focalPoint).getResultStream().findFirst()
                .orElseGet(() -> new RequestDigest(focalPoint));
        if (!digest.isDueAt(now)) {
            return false;
        }
        List<Organization> organizations = em.createNamedQuery("Organization.withTiesFocalPoint", Organization.class)
                .setParameter("account", focalPoint).getResultList().stream()
                .filter(Organization::isActive)
                .sorted(Comparator.comparing(Organization::getName)).toList();
        List<RequestDigestMail.OrganizationNews> told = new ArrayList<>();
        for (Organization organization : organizations) {
            List<PendingRequest> news = digest.news(organization.getId(),
                    RequestQueue.allPending(em, organization), now);
            if (!news.isEmpty()) {
                digest.announced(organization.getId(), news, now);
                told.add(new RequestDigestMail.OrganizationNews(organization.getName(), news,
                        links.page("focalpoints/queue.xhtml", "organization", String.valueOf(organization.getId()))));
            }
        }
        if (told.isEmpty()) {
            return false;
        }
        if (!em.contains(digest)) {
            em.persist(digest);
        }
        mailer.send(RequestDigestMail.to(focalPoint.getEmail(), focalPoint.getFullName(), told));
        return true;
    }
}
