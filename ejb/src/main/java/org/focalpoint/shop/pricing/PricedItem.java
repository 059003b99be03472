package org.focalpoint.shop.pricing;

import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.ShopCategory;

import java.math.BigDecimal;

/** A line to price: an edition as the catalogue lists it today, and how many. */
public record PricedItem(Long editionId,
                         String productNumber,
                         ShopCategory category,
                         EditionFormat format,
                         BigDecimal unitPrice,
                         int quantity) {

    public PricedItem {
        if (category == null || format == null || unitPrice == null || unitPrice.signum() < 0 || quantity < 1) {
            throw new IllegalArgumentException(productNumber + " " + category + " " + format + " " + unitPrice + " x " + quantity);
        }
    }

    public BigDecimal listTotal() {
        return Money.centimes(unitPrice.multiply(BigDecimal.valueOf(quantity)));
    }

    /** Print and other media are posted; a PDF is downloaded. */
    public boolean isShipped() {
        return format != EditionFormat.PDF;
    }
}
