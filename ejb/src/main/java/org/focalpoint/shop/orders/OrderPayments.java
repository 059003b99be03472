package org.focalpoint.shop.orders;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.Mailer;

import java.math.BigDecimal;
import java.time.Clock;

/**
 * The one place an order becomes paid, whatever paid it: a bank credit or a card payment, each
 * named by its source's own reference. The order is locked while it is paid, so that a credit and a
 * card payment arriving together pay it once; the same source arriving again pays nothing. A part
 * of the services that take payments, in their transaction, not a service of its own.
 */
@Dependent
public class OrderPayments {

    /** What a payment did. */
    public enum Taken { PAID, SAME_SOURCE_AGAIN, ALREADY_PAID, NOT_THE_TOTAL }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    /** Runs in the caller's transaction: the credit's or the webhook's record is written with it. */
    Taken pay(Long orderId, PaymentWay way, BigDecimal amount, String sourceReference) {
        if (isKnown(sourceReference)) {
            return Taken.SAME_SOURCE_AGAIN;
        }
        ShopOrder order = em.find(ShopOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order.getState() != OrderState.AWAITING_PAYMENT) {
            return Taken.ALREADY_PAID;
        }
        if (order.getTotal().compareTo(amount) != 0) {
            return Taken.NOT_THE_TOTAL;
        }
        order.pay(clock.instant());
        em.persist(new OrderPayment(order, way, amount, clock.instant(), sourceReference));
        audit.record(null, order.getOrganization(), AuditAction.ORDER_PAID, ShopOrder.class, order.getId(),
                order.getNumber() + ": CHF " + amount.toPlainString() + " by " + way + " (" + sourceReference + ")", null);
        mailer.send(OrderMail.paid(order, links.page(ShopOrders.PAGE)));
        return Taken.PAID;
    }

    /** A source already taken: a credit in a file read again, a webhook sent again. */
    boolean isKnown(String sourceReference) {
        return !em.createQuery("select p.id from OrderPayment p where p.sourceReference = :reference", Long.class)
                .setParameter("reference", sourceReference).setMaxResults(1).getResultList().isEmpty();
    }
}
