package org.focalpoint.notifications;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The outbox's rows as {@link MailDelivery} takes them, each step committed on its own: a batch is
 * claimed before any of it is sent, and each mail is recorded as sent as soon as the mail server has
 * taken it, so that after a crash only the one mail in flight can leave twice.
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
        Timestamp at = Timestamp.from(now);
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

    public void sent(long id, Instant at) {
        em.createNativeQuery("update outgoing_mail set sent_at = ?1 where id = ?2")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, id)
                .executeUpdate();
    }

    public void failed(long id, String error, Instant now) {
        QueuedMail mail = em.find(QueuedMail.class, id);
        if (mail != null && mail.getSentAt() == null) {
            mail.failed(error, now);
        }
    }

    public void givenUp(long id, String error, Instant now) {
        QueuedMail mail = em.find(QueuedMail.class, id);
        if (mail != null && mail.getSentAt() == null) {
            mail.givenUp(error, now);
        }
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
                .setParameter(1, Timestamp.from(before))
                .executeUpdate();
    }
}
