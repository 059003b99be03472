package org.focalpoint.shop.pricing;

import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.ShopCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A promotional code's terms as read at one moment. Valid from and to are days, both inclusive,
 * either open; null uses mean no limit; an empty set of categories, formats or publications
 * (product numbers) means no limit of that kind.
 */
public record PromoTerms(String code,
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
                         boolean combinable,
                         boolean active) {

    public PromoTerms {
        categories = Set.copyOf(categories);
        formats = Set.copyOf(formats);
        productNumbers = Set.copyOf(productNumbers);
    }

    /**
     * What stops the code being used on {@code today} whatever is ordered: the same checks when a
     * price is shown and when the use is counted.
     */
    public Optional<PromoRefusal> refusal(LocalDate today, PromoUsage usage) {
        if (!active) {
            return Optional.of(PromoRefusal.WITHDRAWN);
        }
        if (validFrom != null && today.isBefore(validFrom)) {
            return Optional.of(PromoRefusal.NOT_YET_VALID);
        }
        if (validTo != null && today.isAfter(validTo)) {
            return Optional.of(PromoRefusal.EXPIRED);
        }
        if (totalUses != null && usage.total() >= totalUses) {
            return Optional.of(PromoRefusal.USED_UP);
        }
        if (usesPerAccount != null && usage.byAccount() >= usesPerAccount) {
            return Optional.of(PromoRefusal.USED_UP_FOR_ACCOUNT);
        }
        return Optional.empty();
    }

    /** Whether the code is for this line. */
    boolean covers(PricedItem item) {
        return (categories.isEmpty() || categories.contains(item.category()))
                && (formats.isEmpty() || formats.contains(item.format()))
                && (productNumbers.isEmpty() || productNumbers.contains(item.productNumber()));
    }
}
