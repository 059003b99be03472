package org.focalpoint.shop.pricing;

import java.io.Serializable;
import java.math.BigDecimal;

/** One tax rule as staff list and edit it, kept with the version it was read at. */
public record TaxRuleRow(Long id, long version, String country, String name, BigDecimal percent) implements Serializable {

    static TaxRuleRow of(TaxRule tax) {
        return new TaxRuleRow(tax.getId(), tax.getVersion(), tax.getCountry(), tax.getName(), tax.getPercent());
    }
}
