package org.focalpoint.shop;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a person asks of the catalogue: words (any text at all, never parsed as query syntax; blank
 * lists everything), the filters of the advanced search, an order and a page. Empty sets and null
 * bounds filter nothing. Withdrawn publications and editions are never found.
 */
public record CatalogueQuery(String text,
                             Set<ShopCategory> categories,
                             Set<String> series,
                             Set<EditionLanguage> languages,
                             Set<EditionFormat> formats,
                             Integer yearFrom,
                             Integer yearTo,
                             BigDecimal priceFrom,
                             BigDecimal priceTo,
                             boolean freeOnly,
                             boolean availableOnly,
                             CatalogueSort sort,
                             int first,
                             int pageSize) {

    public CatalogueQuery {
        text = text == null ? "" : text;
        categories = Set.copyOf(categories);
        series = Set.copyOf(series);
        languages = Set.copyOf(languages);
        formats = Set.copyOf(formats);
        sort = sort == null ? CatalogueSort.RELEVANCE : sort;
    }

    /** Everything, in the order given, one page from the first. */
    public static CatalogueQuery everything(CatalogueSort sort, int pageSize) {
        return new CatalogueQuery("", Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, null,
                false, false, sort, 0, pageSize);
    }
}
