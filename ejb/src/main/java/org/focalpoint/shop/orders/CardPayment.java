package org.focalpoint.shop.orders;

import java.math.BigDecimal;

/**
 * A card payment Stripe has confirmed by a signed webhook: the event (Stripe may send it more than
 * once), the Checkout Session, the order's number, and the amount in centimes with its currency
 * in Stripe's lower-case code ("chf").
 */
public record CardPayment(String eventId, String sessionId, String orderNumber, long amountTotal, String currency) {

    /** The amount in CHF at scale 2, to compare with the order's total. */
    public BigDecimal amount() {
        return BigDecimal.valueOf(amountTotal, 2);
    }
}
