package org.focalpoint.shop;

import java.time.Instant;
import java.util.List;

/**
 * What the search index keeps of a publication that is offered, as the database had it: its texts
 * in their language, where it is shelved and its editions not withdrawn. The stamp changes whenever
 * the publication or one of its editions does, so the index can tell which of its documents are
 * behind the database.
 */
record IndexedPublication(long id,
                          long stamp,
                          String productNumber,
                          String title,
                          String subtitle,
                          String abstractText,
                          String keywords,
                          EditionLanguage textLanguage,
                          ShopCategory category,
                          String series,
                          int year,
                          Instant createdAt,
                          String coverImage,
                          List<IndexedEdition> editions) {

    IndexedPublication {
        editions = List.copyOf(editions);
    }
}
