package org.focalpoint.shop.pricing;

import org.focalpoint.organizations.MembershipCategory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;

/** One discount rule as staff list and edit it, kept with the version it was read at. */
public record DiscountRuleRow(Long id, long version, String name, BigDecimal percent, Set<MembershipCategory> categories,
                              boolean leastDevelopedOnly, boolean electronicOnly, boolean active) implements Serializable {

    static DiscountRuleRow of(DiscountRule rule) {
        return new DiscountRuleRow(rule.getId(), rule.getVersion(), rule.getName(), rule.getPercent(), rule.getCategories(),
                rule.isLeastDevelopedOnly(), rule.isElectronicOnly(), rule.isActive());
    }
}
