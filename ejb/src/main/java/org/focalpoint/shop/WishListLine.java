package org.focalpoint.shop;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a person's wish list as their page shows it: the edition, when it was added, its
 * price and availability then and now, and what changed since.
 */
public record WishListLine(long entryId,
                           long editionId,
                           String productNumber,
                           String title,
                           EditionLanguage language,
                           EditionFormat format,
                           Instant addedAt,
                           BigDecimal priceThen,
                           BigDecimal priceNow,
                           Availability availabilityThen,
                           Availability availabilityNow,
                           LocalDate expectedOn,
                           SinceAdded sinceAdded) {

    static WishListLine of(WishListEntry entry) {
        Edition edition = entry.getEdition();
        return new WishListLine(entry.getId(), edition.getId(), edition.getPublication().getProductNumber(),
                edition.displayTitle(), edition.getLanguage(), edition.getFormat(), entry.getAddedAt(),
                entry.getPriceWhenAdded(), edition.getPrice(), entry.getAvailabilityWhenAdded(),
                edition.getAvailability(), edition.getExpectedOn(), entry.sinceAdded());
    }
}
