package org.focalpoint.focalpoints;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
 * others' digests alone. The mail leaves only if the record of it commits: when two runs race, the
 * loser fails on the version (or on the one-row-per-person constraint) and sends nothing.
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
        Account focalPoint = em.find(Account.class, focalPointId);
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
