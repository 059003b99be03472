package org.focalpoint.shop.orders;

import java.math.BigDecimal;

/** An order's sums in CHF as charged: its lines at list price, the discounts, shipping, tax and the total. */
public record OrderAmounts(BigDecimal subtotal, BigDecimal discount, BigDecimal promoDiscount, BigDecimal shipping,
                           String taxName, BigDecimal tax, BigDecimal total) {
}
