package org.focalpoint.shop.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** CHF to the centime, rounded half up, as the shop charges it. */
final class Money {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    static BigDecimal centimes(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code percent} % of {@code amount}, to the centime. */
    static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return centimes(amount.multiply(percent).divide(HUNDRED));
    }
}
