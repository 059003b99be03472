package org.focalpoint.shop.orders;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.csv.Csv;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.organizations.SecretariatStaff;
import org.focalpoint.persistence.Like;
import org.focalpoint.words.Dates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Staff's tools for orders: the list with its filters, one order, shipping a paid order's print
 * editions, cancelling an unpaid order, recording a refund, and the sales as a CSV file. Each
 * action is audited and told to the buyer.
 */
@Stateless
public class OrderAdministration {

    static final Supplier<RuleViolation> ONLY_STAFF = () -> new RuleViolation("shop.orders.only-staff");

    /** More lines than this make a file no one reads whole: narrow the filter. */
    static final int MOST_EXPORTED = 50_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SecretariatStaff secretariat;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    @Inject
    private OrderCancellations cancellations;

    public List<ShopOrder> page(Account actor, OrderFilter filter, int first, int pageSize) {
        secretariat.require(actor, ONLY_STAFF);
        return query("select o", ShopOrder.class, filter, " order by o.placedAt desc, o.id desc")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
    }

    public long count(Account actor, OrderFilter filter) {
        secretariat.require(actor, ONLY_STAFF);
        return query("select count(o)", Long.class, filter, "").getSingleResult();
    }

    public ShopOrder order(Account actor, Long orderId) {
        secretariat.require(actor, ONLY_STAFF);
        ShopOrder order = orderId == null ? null : em.find(ShopOrder.class, orderId);
        if (order == null) {
            throw new RuleViolation("shop.orders.no-such-order");
        }
        order.getLines().size();
        return order;
    }

    /** What was done to the order, oldest first, as the audit trail keeps it. */
    public List<AuditEntry> history(Account actor, Long orderId) {
        secretariat.require(actor, ONLY_STAFF);
        return audit.about(ShopOrder.class, orderId);
    }

    public void ship(Account actor, Long orderId) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        ShopOrder order = locked(orderId);
        order.ship(clock.instant());
        audit.record(staff, order.getOrganization(), AuditAction.ORDER_SHIPPED, ShopOrder.class, order.getId(),
                order.getNumber() + " to " + order.getShipping().country(), null);
        mailer.send(OrderMail.shipped(order, links.page(ShopOrders.PAGE)));
    }

    public void cancel(Account actor, Long orderId, String reason) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        cancellations.cancel(locked(orderId), staff, true, reason == null || reason.isBlank() ? null : reason.strip());
    }

    public void refund(Account actor, Long orderId, String note) {
        Account staff = secretariat.require(actor, ONLY_STAFF);
        ShopOrder order = locked(orderId);
        order.refund(clock.instant(), note);
        audit.record(staff, order.getOrganization(), AuditAction.ORDER_REFUNDED, ShopOrder.class, order.getId(),
                order.getNumber() + ": CHF " + order.getTotal().toPlainString(), order.getRefundNote());
        mailer.send(OrderMail.refunded(order, links.page(ShopOrders.PAGE)));
    }

    /**
     * The sales the filter finds, one row per order line, as safe CSV (no cell a spreadsheet would
     * compute). Moments in UTC, as in every file.
     */
    public byte[] sales(Account actor, OrderFilter filter) {
        secretariat.require(actor, ONLY_STAFF);
        // the lines of all the orders in a few queries, not one per order
        List<ShopOrder> orders = query("select o", ShopOrder.class, filter, " order by o.placedAt, o.id")
                .setHint("eclipselink.batch", "o.lines").setHint("eclipselink.batch.type", "IN")
                .setMaxResults(MOST_EXPORTED + 1).getResultList();
        if (orders.size() > MOST_EXPORTED) {
            throw new RuleViolation("shop.orders.export-too-large", MOST_EXPORTED);
        }
        Csv csv = new Csv().row("order", "placed (UTC)", "state", "payment", "buyer", "e-mail", "organization",
                "billing country", "product number", "title", "language", "format", "quantity", "unit price CHF",
                "list CHF", "discount CHF", "net CHF", "price rule", "promotional code", "shipping CHF", "tax CHF",
                "order total CHF");
        for (ShopOrder order : orders) {
            for (OrderLine line : order.getLines()) {
                csv.row(order.getNumber(), Dates.ENGLISH.stamp(order.getPlacedAt()), order.getState().name(),
                        order.getPaymentWay().name(), order.getBuyerName(), order.getBuyerEmail(),
                        order.getOrganization() == null ? order.getBilling().organization() : order.getOrganization().getName(),
                        order.getBilling().country(), line.getProductNumber(), line.getTitle(), line.getLanguage().name(),
                        line.getFormat().name(), String.valueOf(line.getQuantity()), line.getUnitPrice().toPlainString(),
                        line.getListTotal().toPlainString(), line.getDiscount().toPlainString(),
                        line.getNet().toPlainString(), line.getPriceRule(), order.getPromoCode(),
                        order.getAmounts().shipping().toPlainString(), order.getAmounts().tax().toPlainString(),
                        order.getTotal().toPlainString());
            }
        }
        return csv.bytes();
    }

    private ShopOrder locked(Long orderId) {
        ShopOrder order = orderId == null ? null : em.find(ShopOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new RuleViolation("shop.orders.no-such-order");
        }
        return order;
    }

    private <T> TypedQuery<T> query(String select, Class<T> type, OrderFilter filter, String order) {
        if (filter.placed() != null) {
            filter.placed().check();
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.words() != null && !filter.words().isBlank()) {
            conditions.add("(o.number like :words escape '!' or lower(o.buyerName) like :words escape '!'"
                    + " or lower(o.buyerEmail) like :words escape '!' or lower(o.billingOrganization) like :words escape '!'"
                    + " or lower(g.name) like :words escape '!')");
            parameters.put("words", Like.containing(filter.words().strip()));
        }
        if (filter.state() != null) {
            conditions.add("o.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.way() != null) {
            conditions.add("o.paymentWay = :way");
            parameters.put("way", filter.way());
        }
        if (filter.placed() != null && filter.placed().start() != null) {
            conditions.add("o.placedAt >= :from");
            parameters.put("from", filter.placed().start());
        }
        if (filter.placed() != null && filter.placed().end() != null) {
            conditions.add("o.placedAt < :to");
            parameters.put("to", filter.placed().end());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<T> query = em.createQuery(select + " from ShopOrder o left join o.organization g" + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
