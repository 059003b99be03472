package org.focalpoint.delegation;

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
import org.focalpoint.organizations.DesignatedFocalPoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One Designated Focal Point's digest, in a transaction of its own, as tiesfocalpoint.FocalPointDigest
 * does for TIES Focal Points: two runs at once queue on a lock of the person's account, so the
 * second sees the first one's digest and sends none. The mail leaves only if the record commits.
 */
@Stateless
public class DfpDigest {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendIfDue(Long personId, Instant now) {
        Account person = em.find(Account.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (person == null || !person.isActive()) {
            return false;
        }
        RegistrationDigest digest = em.createNamedQuery("RegistrationDigest.of", RegistrationDigest.class)
                .setParameter("person", person).getResultStream().findFirst()
                .orElseGet(() -> new RegistrationDigest(person));
        if (!digest.isDueAt(now)) {
            return false;
        }
        List<DesignatedFocalPoint> seats = em.createNamedQuery("DesignatedFocalPoint.ofAccount", DesignatedFocalPoint.class)
                .setParameter("account", person).getResultList().stream()
                .filter(d -> d.getOrganization().isActive())
                .sorted(Comparator.comparing((DesignatedFocalPoint d) -> d.getOrganization().getName())
                        .thenComparing(DesignatedFocalPoint::getSector))
                .toList();
        List<RegistrationDigestMail.SeatNews> told = new ArrayList<>();
        for (DesignatedFocalPoint seat : seats) {
            Long organizationId = seat.getOrganization().getId();
            List<WaitingRegistration> news = digest.news(organizationId, seat.getSector(),
                    RegistrationQueue.allWaiting(em, seat.getOrganization(), seat.getSector()), now);
            if (!news.isEmpty()) {
                digest.announced(organizationId, seat.getSector(), news, now);
                told.add(new RegistrationDigestMail.SeatNews(
                        new Seat(organizationId, seat.getOrganization().getName(), seat.getSector()), news,
                        links.page("dfp/queue.xhtml", "organization", String.valueOf(organizationId))
                                + "&sector=" + seat.getSector().name()));
            }
        }
        if (told.isEmpty()) {
            return false;
        }
        if (!em.contains(digest)) {
            em.persist(digest);
        }
        mailer.send(RegistrationDigestMail.to(person.getEmail(), person.getFullName(), told));
        return true;
    }
}
