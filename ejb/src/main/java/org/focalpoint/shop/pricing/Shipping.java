package org.focalpoint.shop.pricing;

import java.math.BigDecimal;

/**
 * The postage of an order's print and other items by the zone of the country shipped to; with no
 * country yet the zone is null and the charge is not known (zero until then).
 */
public record Shipping(String zone, int items, BigDecimal charge) {

    public boolean awaitsAddress() {
        return zone == null;
    }
}
