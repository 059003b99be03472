package org.focalpoint.shop.orders;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.notifications.Links;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Card payment on the provider's hosted page: the buyer is sent there for one of their unpaid
 * orders, and the order is paid only when the provider's signed webhook says so, once, however
 * often it is sent. Card data never reaches the application. Off unless configured.
 */
@Stateless
public class CardPayments {

    private static final Logger LOG = Logger.getLogger(CardPayments.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CardCheckout checkout;

    @Inject
    private CardWebhook webhook;

    @Inject
    private OrderPayments payments;

    @Inject
    private ShopOrders orders;

    @Inject
    private Links links;

    public boolean isOffered() {
        return checkout.offered();
    }

    /** The provider's page for the buyer's unpaid card order; the buyer comes back to the order's page. */
    public String pageFor(Account self, Long orderId) {
        if (!isOffered()) {
            throw new RuleViolation("shop.orders.card-not-offered");
        }
        ShopOrder order = orders.own(self, orderId);
        if (order.getState() != OrderState.AWAITING_PAYMENT || order.getPaymentWay() != PaymentWay.CARD) {
            throw new RuleViolation("shop.orders.not-awaiting-card", order.getNumber());
        }
        String back = links.page(ShopOrders.ORDER_PAGE, "id", String.valueOf(order.getId()));
        CardSession session = checkout.open(new CardOrder(order.getId(), order.getNumber(), order.getTotal(),
                order.getNumber(), order.getBuyerEmail(), back, back));
        order.cardSession(session.id());
        return session.url();
    }

    /**
     * The provider's word on a payment. A bad signature is refused and changes nothing; an event of
     * another kind, or about no order of ours, is taken and ignored (null).
     */
    public OrderPayments.Taken received(String payload, String signature) {
        Optional<CardPayment> paid = webhook.read(payload, signature);
        if (paid.isEmpty()) {
            return null;
        }
        CardPayment payment = paid.get();
        ShopOrder order = OrderNumber.isWellFormed(payment.orderNumber()) ? em.createQuery(
                        "select o from ShopOrder o where o.number = :number", ShopOrder.class)
                .setParameter("number", payment.orderNumber()).getResultStream().findFirst().orElse(null) : null;
        // the signature proves the provider sent it; the number is ours, set when the page was opened
        if (order == null || !"chf".equalsIgnoreCase(payment.currency())) {
            LOG.warning(() -> "A card payment for no order of ours: " + payment.orderNumber() + ", session "
                    + payment.sessionId() + ", " + payment.currency());
            return null;
        }
        return payments.pay(order.getId(), PaymentWay.CARD, payment.amount(), "card:" + payment.eventId());
    }
}
