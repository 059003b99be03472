package org.focalpoint.shop.orders;

import java.math.BigDecimal;

/**
 * What Stripe's payment page is opened for: the order (its id and number), its total in CHF, the
 * line the buyer sees there, the buyer's e-mail address (Stripe sends its receipt to it) and where
 * the page sends the buyer back after paying or giving up.
 */
public record CardOrder(long orderId,
                        String orderNumber,
                        BigDecimal total,
                        String description,
                        String buyerEmail,
                        String successUrl,
                        String cancelUrl) {
}
