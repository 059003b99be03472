package org.focalpoint.shop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A publication found, with what a result list shows without reading the database: its title and a
 * passage of its texts with the matched words marked, where it is shelved, its editions' languages
 * and formats, the lowest price of its editions on offer (zero when one is free) and whether one
 * can be had now.
 */
public record CatalogueHit(long publicationId,
                           String productNumber,
                           List<Marked> title,
                           String subtitle,
                           List<Marked> passage,
                           ShopCategory category,
                           String series,
                           int year,
                           Set<EditionLanguage> languages,
                           Set<EditionFormat> formats,
                           BigDecimal lowestPrice,
                           boolean available,
                           String coverImage) {
}
