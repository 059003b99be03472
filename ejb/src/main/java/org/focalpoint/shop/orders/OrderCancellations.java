package org.focalpoint.shop.orders;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.shop.pricing.PromoCodes;

import java.time.Clock;

/**
 * Cancels an unpaid order, by its buyer or by staff: its promotional code's use is given back in
 * the same transaction, the buyer is told, the cancellation audited. A part of the buyer's and
 * staff's services, in their transaction.
 */
@Dependent
public class OrderCancellations {

    @Inject
    private Clock clock;

    @Inject
    private PromoCodes promoCodes;

    @Inject
    private AuditLog audit;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    void cancel(ShopOrder order, Account actor, boolean byStaff, String reason) {
        order.cancel(clock.instant());
        if (order.getPromoCode() != null) {
            promoCodes.giveBack(order.getId(), clock.instant());
        }
        audit.record(actor, order.getOrganization(), AuditAction.ORDER_CANCELLED, ShopOrder.class, order.getId(),
                order.getNumber() + (byStaff ? ", by staff" : ", by the buyer"), reason);
        mailer.send(OrderMail.cancelled(order, links.page(ShopOrders.PAGE), byStaff));
    }
}
