package org.focalpoint.shop.pricing;

import java.math.BigDecimal;

/** What staff write about a tax rule: the billing country, the tax's name and its percentage. */
public record TaxRuleData(String country, String name, BigDecimal percent) {

    TaxRuleData checked() {
        return new TaxRuleData(RuleValues.country(country), RuleValues.name(name, TaxRule.NAME_LENGTH), RuleValues.percent(percent));
    }
}
