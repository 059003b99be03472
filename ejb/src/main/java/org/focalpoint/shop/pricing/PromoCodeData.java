package org.focalpoint.shop.pricing;

import org.focalpoint.RuleViolation;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.ProductNumber;
import org.focalpoint.shop.ShopCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What staff write about a promotional code. Empty sets of categories, formats or publications
 * (product numbers) mean no limit of that kind; null uses or minimum mean none.
 */
public record PromoCodeData(String code,
                            PromoKind kind,
                            BigDecimal value,
                            LocalDate validFrom,
                            LocalDate validTo,
                            Integer totalUses,
                            Integer usesPerAccount,
                            Set<ShopCategory> categories,
                            Set<EditionFormat> formats,
                            Set<String> productNumbers,
                            BigDecimal minimumOrder,
                            boolean combinable) {

    PromoCodeData checked() {
        String clean = PromoCode.checkedCode(code);
        if (kind == null) {
            throw new RuleViolation("shop.pricing.choose-kind");
        }
        BigDecimal checkedValue = kind == PromoKind.PERCENT ? RuleValues.percent(value) : RuleValues.chf(value);
        if (checkedValue.signum() == 0) {
            throw new RuleViolation("shop.pricing.amount-positive");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new RuleViolation("shop.pricing.valid-to-before-from", validFrom, validTo);
        }
        if (totalUses != null && totalUses < 1 || usesPerAccount != null && usesPerAccount < 1) {
            throw new RuleViolation("shop.pricing.uses-positive");
        }
        return new PromoCodeData(clean, kind, checkedValue, validFrom, validTo, totalUses, usesPerAccount,
                categories == null ? Set.of() : Set.copyOf(categories),
                formats == null ? Set.of() : Set.copyOf(formats),
                productNumbers == null ? Set.of()
                        : productNumbers.stream().map(ProductNumber::of).collect(Collectors.toUnmodifiableSet()),
                minimumOrder == null ? null : RuleValues.chf(minimumOrder), combinable);
    }
}
