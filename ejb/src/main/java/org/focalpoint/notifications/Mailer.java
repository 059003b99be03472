package org.focalpoint.notifications;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Clock;
import java.time.Instant;

/**
 * Sends mail: queues it in the outbox in the caller's transaction, and wakes the delivery once that
 * transaction has committed. A link in a mail always points at rows that exist, a refused request
 * sends nothing, and a mail about a committed change is sent even if the server dies first.
 */
@Stateless
public class Mailer {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @EJB
    private MailDelivery delivery;

    public void send(OutgoingMail mail) {
        em.persist(new QueuedMail(mail, clock.instant()));
        // one wake-up per transaction, however many mails it queues
        if (transactions.getResource(Mailer.class) == null) {
            transactions.putResource(Mailer.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        delivery.wake();
                    }
                }
            });
        }
    }
}
