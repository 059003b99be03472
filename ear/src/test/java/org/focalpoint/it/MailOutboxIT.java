package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.notifications.MailDelivery;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.notifications.Outbox;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.notifications.QueuedMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.focalpoint.persistence.NativeValues;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail outbox against the real mail server: a mail leaves only when its transaction commits,
 * once; a mail the mail server cannot take is put off without holding up the others; a mail claimed
 * by a delivery that died is sent by the next, and one that another node is sending is left to it.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    Mailer mailer;

    @Inject
    MailDelivery delivery;

    @Inject
    Outbox outbox;

    private final String tag = "outbox-" + Long.toString(System.nanoTime(), 36);

    @Test
    void aMailLeavesOnceWhenItsTransactionCommitsAndNeverWhenItRollsBack() throws Exception {
        String to = tag + "@example.org";
        tx.begin();
        mailer.send(new OutgoingMail(to, "Rolled back " + tag, "This change did not happen."));
        tx.rollback();
        queue(new OutgoingMail(to, "Committed " + tag, "This change happened."));

        Mailbox.await(to, "Committed " + tag);
        QueuedMail sent = sent(to);
        assertEquals(1, queued(to).size(), "only the committed mail is in the outbox");
        assertEquals(0, sent.getAttempts());
        // a mail queued later has left: a second copy of the first would have left before it
        delivery.wake();
        queue(new OutgoingMail(tag + "-later@example.org", "Later " + tag, "Queued after the first."));
        Mailbox.await(tag + "-later@example.org", "Later " + tag);
        assertEquals(List.of("Committed " + tag), Mailbox.of(to).stream().map(Mailbox.Mail::subject).toList(),
                "sent once, the rolled-back one never");
    }

    @Test
    void aMailSentAgainAfterACrashIsACopyWithTheSameMessageId() throws Exception {
        String to = tag + "-copy@example.org";
        queue(new OutgoingMail(to, "Copied " + tag, "Sent, and the server died before it was recorded."));
        QueuedMail sent = sent(to);
        // as the row stands when its node died after sending and before recording it
        tx.begin();
        em.createNativeQuery("update outgoing_mail set sent_at = null where id = ?1").setParameter(1, sent.getId())
                .executeUpdate();
        claim(to, "dead-node/2", Instant.now().minus(Duration.ofMinutes(30)));
        tx.commit();
        outbox.releaseClaimsBefore(Instant.now().minus(Duration.ofMinutes(10)));
        delivery.wake();

        List<Mailbox.Mail> copies = Polling.until(() -> Mailbox.of(to), m -> m.size() == 2, Duration.ofMillis(100),
                PATIENCE, "the mail to be sent again");
        assertEquals(copies.get(0).messageId(), copies.get(1).messageId(), "a mail client shows the copy once");
    }

    @Test
    void aMailThatCannotBeWrittenIsGivenUpAndTheOthersLeave() throws Exception {
        String bad = "no address at all " + tag;
        String good = tag + "-good@example.org";
        tx.begin();
        mailer.send(new OutgoingMail(bad, "Undeliverable " + tag, "Nobody reads this."));
        mailer.send(new OutgoingMail(good, "Deliverable " + tag, "Someone reads this."));
        tx.commit();

        Mailbox.await(good, "Deliverable " + tag);
        QueuedMail refused = Polling.until(() -> queued(bad).get(0), m -> m.getAttempts() > 0,
                Duration.ofMillis(100), PATIENCE, "the bad mail to be tried");
        assertNull(refused.getSentAt());
        assertNotNull(refused.getGivenUpAt(), "no later attempt would do better");
        assertTrue(refused.getLastError().contains("whitespace"), refused.getLastError());
    }

    @Test
    void aClaimLeftByADeadDeliveryIsSentAndALiveOneIsLeftToItsNode() throws Exception {
        String abandoned = tag + "-abandoned@example.org";
        String elsewhere = tag + "-elsewhere@example.org";
        String fresh = tag + "-fresh@example.org";
        tx.begin();
        mailer.send(new OutgoingMail(abandoned, "Abandoned " + tag, "Claimed by a node that died."));
        mailer.send(new OutgoingMail(elsewhere, "Elsewhere " + tag, "Being sent by another node."));
        // claimed in the same transaction, before any delivery sees them
        em.flush();
        claim(abandoned, "dead-node/1", Instant.now().minus(Duration.ofMinutes(30)));
        claim(elsewhere, "other-node/1", Instant.now());
        tx.commit();

        queue(new OutgoingMail(fresh, "Fresh " + tag, "Queued after both."));
        Mailbox.await(fresh, "Fresh " + tag);
        assertTrue(Mailbox.of(abandoned).isEmpty(), "a claim is respected until it is stale");

        assertTrue(outbox.releaseClaimsBefore(Instant.now().minus(Duration.ofMinutes(10))) >= 1,
                "the dead delivery's claim is released");
        delivery.wake();
        Mailbox.await(abandoned, "Abandoned " + tag);
        assertTrue(Mailbox.of(elsewhere).isEmpty(), "the other node's live claim is left to it");
        assertNull(queued(elsewhere).get(0).getSentAt());
    }

    private void queue(OutgoingMail mail) throws Exception {
        tx.begin();
        mailer.send(mail);
        tx.commit();
    }

    private QueuedMail sent(String recipient) throws Exception {
        return Polling.until(() -> queued(recipient).get(0), m -> m.getSentAt() != null, Duration.ofMillis(100),
                PATIENCE, "the mail to " + recipient + " to be recorded as sent");
    }

    private void claim(String recipient, String claim, Instant at) {
        em.createNativeQuery("update outgoing_mail set claim = ?1, claimed_at = ?2 where recipient = ?3")
                .setParameter(1, claim)
                .setParameter(2, NativeValues.timestamp(at))
                .setParameter(3, recipient)
                .executeUpdate();
    }

    private List<QueuedMail> queued(String recipient) {
        em.clear();
        return em.createQuery("select m from QueuedMail m where m.recipient = :to order by m.id", QueuedMail.class)
                .setParameter("to", recipient)
                .getResultList();
    }
}
