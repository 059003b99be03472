package org.focalpoint.notifications;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static org.focalpoint.persistence.NativeValues.timestamp;

/**
 * The outbox's rows as {@link MailDelivery} takes them, each step committed on its own: a batch is
 * claimed before any of it is sent, and a mail that fails is put off or given up.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Outbox {

    @PersistenceContext
    private EntityManager em;

    /**
     * Claims up to {@code max} due mails for {@code claim}, oldest first, and answers them. A mail
     * another delivery claimed meanwhile stays with it: the update asks again that it be unclaimed.
     */
    public List<QueuedMail> claim(String claim, Instant now, int max) {
        LocalDateTime at = timestamp(now);
        em.createNativeQuery("update outgoing_mail set claim = ?1, claimed_at = ?2 where claim is null and id in ("
                        + "select id from outgoing_mail where sent_at is null and given_up_at is null and claim is null"
                        + " and due_at <= ?2 order by id limit " + max + ")")
                .setParameter(1, claim)
                .setParameter(2, at)
                .executeUpdate();
        return em.createQuery("select m from QueuedMail m where m.claim = :claim order by m.id", QueuedMail.class)
                .setParameter("claim", claim)
                .getResultList();
    }

    public void failed(long id, String error, Instant now) {
        unsent(id).ifPresent(mail -> mail.failed(error, now));
    }

    public void givenUp(long id, String error, Instant now) {
        unsent(id).ifPresent(mail -> mail.givenUp(error, now));
    }

    private Optional<QueuedMail> unsent(long id) {
        return Optional.ofNullable(em.find(QueuedMail.class, id)).filter(mail -> mail.getSentAt() == null);
    }

    /** Gives back the unsent mails that {@code node} had claimed: it has started again, so it sends none of them now. */
    public int releaseClaimsOf(String node) {
        String prefix = node + "/";
        return em.createNativeQuery("update outgoing_mail set claim = null, claimed_at = null"
                        + " where sent_at is null and left(claim, " + prefix.length() + ") = ?1")
                .setParameter(1, prefix)
                .executeUpdate();
    }

    /** Gives back the unsent mails claimed before {@code before}: the delivery that claimed them died. */
    public int releaseClaimsBefore(Instant before) {
        return em.createNativeQuery("update outgoing_mail set claim = null, claimed_at = null"
                        + " where sent_at is null and claimed_at < ?1")
                .setParameter(1, timestamp(before))
                .executeUpdate();
    }
}
