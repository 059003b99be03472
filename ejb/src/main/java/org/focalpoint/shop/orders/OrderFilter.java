package org.focalpoint.shop.orders;

import org.focalpoint.time.DayRange;

import java.io.Serializable;

/**
 * What staff look for among orders: words (an order number, a buyer's name or e-mail, an
 * organization's name), a state, a payment way, the days placed (in the reader's zone); null or
 * blank means any.
 */
public record OrderFilter(String words, OrderState state, PaymentWay way, DayRange placed) implements Serializable {

    public static OrderFilter everything() {
        return new OrderFilter(null, null, null, null);
    }
}
