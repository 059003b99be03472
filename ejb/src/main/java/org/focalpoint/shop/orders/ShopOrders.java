package org.focalpoint.shop.orders;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.organizations.SecretariatStaff;

import java.util.List;

/**
 * "My orders": a buyer's own orders, newest first, each with its lines; and the cancellation of
 * one not yet paid. An order of someone else's is treated as one that does not exist.
 */
@Stateless
public class ShopOrders {

    /** The buyer's orders page, which mails link to. */
    public static final String PAGE = "orders.xhtml";

    /** One order's page, {@code ?id=}. */
    public static final String ORDER_PAGE = "order.xhtml";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrderCancellations cancellations;

    @Inject
    private InvoiceFile invoices;

    @Inject
    private SecretariatStaff secretariat;

    /** An invoice as a file: its name and content. */
    public record Invoice(String fileName, byte[] pdf) {
    }

    public List<ShopOrder> of(Account self, int first, int pageSize) {
        return em.createQuery("select o from ShopOrder o where o.account.id = :account"
                        + " order by o.placedAt desc, o.id desc", ShopOrder.class)
                .setParameter("account", self.getId())
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
    }

    public long count(Account self) {
        return em.createQuery("select count(o) from ShopOrder o where o.account.id = :account", Long.class)
                .setParameter("account", self.getId()).getSingleResult();
    }

    /** One of the buyer's own orders, with its lines. */
    public ShopOrder own(Account self, Long orderId) {
        ShopOrder order = orderId == null ? null : em.find(ShopOrder.class, orderId);
        if (order == null || !order.getAccount().getId().equals(self.getId())) {
            throw new RuleViolation("shop.orders.not-your-order");
        }
        order.getLines().size();
        return order;
    }

    /** The order a line of the buyer's belongs to. */
    public Long orderOfLine(Account self, Long lineId) {
        OrderLine line = lineId == null ? null : em.find(OrderLine.class, lineId);
        if (line == null || !line.getOrder().getAccount().getId().equals(self.getId())) {
            throw new RuleViolation("shop.orders.not-your-order");
        }
        return line.getOrder().getId();
    }

    /** The order's invoice, for its buyer or for staff; for anyone else, no such order. */
    public Invoice invoice(Account actor, Long orderId) {
        ShopOrder order = orderId == null ? null : em.find(ShopOrder.class, orderId);
        if (order == null) {
            throw new RuleViolation("shop.orders.not-your-order");
        }
        if (!order.getAccount().getId().equals(actor.getId())) {
            secretariat.require(actor, () -> new RuleViolation("shop.orders.not-your-order"));
        }
        return new Invoice(InvoiceFile.name(order), invoices.pdf(order));
    }

    /**
     * The buyer cancels an order not yet paid. Locked first: a payment arriving at the same moment
     * either waits and finds it cancelled, or comes first and the cancellation is refused.
     */
    public void cancel(Account self, Long orderId) {
        ShopOrder order = own(self, orderId);
        em.refresh(order, LockModeType.PESSIMISTIC_WRITE);
        cancellations.cancel(order, em.find(Account.class, self.getId()), false, null);
    }
}
