package org.focalpoint.shop.pricing;

import java.math.BigDecimal;
import java.util.Set;

/** What staff write about a shipping zone: its name, its countries (ISO 3166-1 alpha-2) and its charges in CHF. */
public record ShippingZoneData(String name, Set<String> countries, BigDecimal firstItem, BigDecimal furtherItem) {

    ShippingZoneData checked() {
        return new ShippingZoneData(RuleValues.name(name, ShippingZone.NAME_LENGTH), RuleValues.countries(countries),
                RuleValues.chf(firstItem), RuleValues.chf(furtherItem));
    }
}
