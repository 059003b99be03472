package org.focalpoint.mailbox;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.mailbox.reading.MailReading;
import org.focalpoint.mailbox.reading.MailText;
import org.focalpoint.mailbox.reading.OrganizationRegistry;
import org.focalpoint.mailbox.reading.RegisteredOrganization;
import org.focalpoint.organizations.FocalPoints;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.persistence.ColumnText;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns messages fetched from the Director's mailbox into review items, each batch in a
 * transaction of its own: the mailbox marks them taken only once this has committed. A message
 * whose Message-ID or digest is already an item is skipped, so a batch taken again after a crash
 * between the commit and the marking adds nothing.
 */
@Stateless
@LocalBean
public class MailIntake implements MailboxPass.Intake {

    private static final int ERROR_LENGTH = 2000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private FocalPoints focalPoints;

    @Inject
    private Clock clock;

    /** Takes the messages not taken before; returns how many became items. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int take(List<IncomingMail> mails) {
        Set<String> known = known(mails);
        List<IncomingMail> fresh = new ArrayList<>();
        for (IncomingMail mail : mails) {
            if (known.add(mail.digest()) && (mail.messageId() == null || known.add(mail.messageId()))) {
                fresh.add(mail);
            }
        }
        if (!fresh.isEmpty()) {
            List<MailText> texts = fresh.stream().map(mail -> MailText.of(mail.raw())).toList();
            OrganizationRegistry registry = registry();
            Senders senders = Senders.of(em, focalPoints,
                    texts.stream().map(t -> t.sender().address()).filter(Objects::nonNull).toList());
            Instant now = clock.instant();
            for (int i = 0; i < fresh.size(); i++) {
                Senders.Sender sender = senders.of(texts.get(i).sender().address());
                MailReading reading = MailReading.of(texts.get(i), registry, sender.affiliations());
                RegisteredOrganization named = reading.organization().organization();
                Organization organization = named == null ? null : em.getReference(Organization.class, named.id());
                em.persist(new MailboxItem(fresh.get(i), reading, organization, sender.standingFor(named), now));
            }
        }
        em.createQuery("delete from MailboxFailure f where f.contentDigest in :digests")
                .setParameter("digests", mails.stream().map(IncomingMail::digest).toList()).executeUpdate();
        return fresh.size();
    }

    /** Counts a failed attempt on a message; returns how many there have been. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int failed(IncomingMail mail, String error) {
        MailboxFailure failure = em.find(MailboxFailure.class, mail.digest());
        if (failure == null) {
            failure = new MailboxFailure(mail.digest(), mail.messageId());
            em.persist(failure);
        }
        return failure.attempt(ColumnText.fit(error, ERROR_LENGTH), clock.instant());
    }

    /** Keeps a message the application keeps failing on as a parked item, with the error, for staff. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void park(IncomingMail mail, String error) {
        if (!known(List.of(mail)).isEmpty()) {
            return;
        }
        em.persist(MailboxItem.parked(mail, error, clock.instant()));
        MailboxFailure failure = em.find(MailboxFailure.class, mail.digest());
        if (failure != null) {
            em.remove(failure);
        }
    }

    /** The Message-IDs and digests of these messages that are items already. */
    private Set<String> known(Collection<IncomingMail> mails) {
        List<String> digests = mails.stream().map(IncomingMail::digest).toList();
        List<String> ids = mails.stream().map(IncomingMail::messageId).filter(Objects::nonNull).toList();
        Set<String> known = new HashSet<>(em.createQuery(
                        "select i.contentDigest from MailboxItem i where i.contentDigest in :digests", String.class)
                .setParameter("digests", digests).getResultList());
        if (!ids.isEmpty()) {
            known.addAll(em.createQuery("select i.messageId from MailboxItem i where i.messageId in :ids", String.class)
                    .setParameter("ids", ids).getResultList());
        }
        return known;
    }

    /** The members that may opt in: only they are matched, so that a typed-in non-member never shadows one. */
    private OrganizationRegistry registry() {
        return OrganizationRegistry.of(em.createQuery("select o.id, o.name from Organization o"
                        + " where o.active = true and o.category in :members", Object[].class)
                .setParameter("members", MembershipCategory.of(MembershipCategory.Standing.ITU_MEMBER))
                .getResultStream().map(row -> new RegisteredOrganization((Long) row[0], (String) row[1])).toList());
    }
}
