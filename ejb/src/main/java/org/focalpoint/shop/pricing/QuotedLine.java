package org.focalpoint.shop.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A line as priced: its list total, the discount rule applied (null for none) and why, the
 * discount and what remains; a promotional code's share, if any, is in {@link PromoOutcome}.
 */
public record QuotedLine(PricedItem item,
                         BigDecimal listTotal,
                         String rule,
                         PriceReason reason,
                         List<Object> reasonArguments,
                         BigDecimal discount,
                         BigDecimal net) {

    public QuotedLine {
        reasonArguments = List.copyOf(reasonArguments);
    }
}
