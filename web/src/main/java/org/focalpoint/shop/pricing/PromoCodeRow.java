package org.focalpoint.shop.pricing;

import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.ShopCategory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** One promotional code as staff list and edit it, kept with the version it was read at. */
public record PromoCodeRow(Long id, long version, String code, PromoKind kind, BigDecimal value, LocalDate validFrom,
                           LocalDate validTo, int usesCounted, Integer totalUses, Integer usesPerAccount,
                           Set<ShopCategory> categories, Set<EditionFormat> formats, Set<String> productNumbers,
                           BigDecimal minimumOrder, boolean combinable, boolean active) implements Serializable {

    static PromoCodeRow of(PromoCode code) {
        PromoTerms t = code.terms();
        return new PromoCodeRow(code.getId(), code.getVersion(), t.code(), t.kind(), t.value(), t.validFrom(),
                t.validTo(), code.getUsesCounted(), t.totalUses(), t.usesPerAccount(), t.categories(), t.formats(),
                new TreeSet<>(t.productNumbers()), t.minimumOrder(), t.combinable(), t.active());
    }

    /** Whether it is for some categories, formats, publications or orders only. */
    public boolean isLimited() {
        return !categories.isEmpty() || !formats.isEmpty() || !productNumbers.isEmpty() || minimumOrder != null;
    }
}
