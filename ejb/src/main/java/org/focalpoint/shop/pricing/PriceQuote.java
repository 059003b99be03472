package org.focalpoint.shop.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * An order's price: its lines, their sum after member discounts ({@code subtotal}), the
 * promotional code (null when none was typed), shipping (null when nothing is posted), tax (null
 * when the billing country has none) and the total to pay, all in CHF to the centime.
 */
public record PriceQuote(List<QuotedLine> lines,
                         BigDecimal listTotal,
                         BigDecimal subtotal,
                         PromoOutcome promo,
                         Shipping shipping,
                         TaxCharge tax,
                         BigDecimal total) {

    public PriceQuote {
        lines = List.copyOf(lines);
    }

    public BigDecimal promoDiscount() {
        return promo == null ? Money.ZERO : promo.discount();
    }

    public BigDecimal shippingCharge() {
        return shipping == null ? Money.ZERO : shipping.charge();
    }

    public BigDecimal taxAmount() {
        return tax == null ? Money.ZERO : tax.amount();
    }

    /** Something is posted and no country is known yet: the total cannot be final. */
    public boolean needsShippingAddress() {
        return shipping != null && shipping.awaitsAddress();
    }
}
