package org.focalpoint.shop.orders;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The checkout as the buyer sends it: for whom, the addresses (shipping only when something is
 * posted), the code, how they pay, whether they accept the conditions of sale, the total the page
 * showed (an order is placed only at the total the buyer saw) and the language they read in.
 */
public record OrderForm(Long affiliationId, PostalAddress billing, PostalAddress shipping, String promoCode,
                        PaymentWay way, boolean conditionsAccepted, BigDecimal totalSeen, Locale language)
        implements Serializable {
}
