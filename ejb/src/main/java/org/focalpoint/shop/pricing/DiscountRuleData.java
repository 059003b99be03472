package org.focalpoint.shop.pricing;

import org.focalpoint.RuleViolation;
import org.focalpoint.organizations.MembershipCategory;

import java.math.BigDecimal;
import java.util.Set;

/** What staff write about a discount rule. */
public record DiscountRuleData(String name,
                               BigDecimal percent,
                               Set<MembershipCategory> categories,
                               boolean leastDevelopedOnly,
                               boolean electronicOnly) {

    DiscountRuleData checked() {
        String clean = RuleValues.name(name, DiscountRule.NAME_LENGTH);
        BigDecimal checkedPercent = RuleValues.percent(percent);
        if (categories == null || categories.isEmpty()) {
            throw new RuleViolation("shop.pricing.choose-categories");
        }
        return new DiscountRuleData(clean, checkedPercent, Set.copyOf(categories), leastDevelopedOnly, electronicOnly);
    }
}
