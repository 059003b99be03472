package org.focalpoint.shop.orders;

import org.focalpoint.words.Labelled;

/**
 * Where an order stands. Paid in advance: an order waits for its payment, is paid (its PDF editions
 * can then be downloaded), shipped when it holds print editions; an unpaid one may be cancelled,
 * a paid one refunded.
 */
public enum OrderState implements Labelled {
    AWAITING_PAYMENT,
    PAID,
    SHIPPED,
    CANCELLED,
    REFUNDED;

    public boolean isPaid() {
        return this == PAID || this == SHIPPED;
    }

    @Override
    public String labelGroup() {
        return "order-state";
    }
}
