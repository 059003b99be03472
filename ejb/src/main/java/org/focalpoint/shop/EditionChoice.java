package org.focalpoint.shop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * What the advanced search asks of an edition: its language, format, price and availability. A
 * publication is found when one of its editions meets all of them at once (a French PDF under
 * CHF 50 that can be had now is one edition, not a French print and an English PDF). A facet's
 * counts leave its own choice out: {@link #matches(IndexedEdition, Facet)} ignores that facet.
 */
record EditionChoice(Set<EditionLanguage> languages,
                     Set<EditionFormat> formats,
                     Long fromCentimes,
                     Long toCentimes,
                     boolean freeOnly,
                     boolean availableOnly) {

    /** The facets of editions, and NONE for the whole choice. */
    enum Facet { NONE, LANGUAGE, FORMAT, AVAILABILITY }

    static EditionChoice of(CatalogueQuery query) {
        return new EditionChoice(query.languages(), query.formats(),
                query.priceFrom() == null ? null : centimes(query.priceFrom(), RoundingMode.CEILING),
                query.priceTo() == null ? null : centimes(query.priceTo(), RoundingMode.FLOOR),
                query.freeOnly(), query.availableOnly());
    }

    /** Far beyond any price, so that a bound typed as large as one likes still compares. */
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

    private static long centimes(BigDecimal chf, RoundingMode rounding) {
        return chf.movePointRight(2).setScale(0, rounding).max(LIMIT.negate()).min(LIMIT).longValue();
    }

    /** Whether it asks anything of the editions at all; if not, a publication without editions is found too. */
    boolean asksAnything() {
        return !languages.isEmpty() || !formats.isEmpty() || fromCentimes != null || toCentimes != null
                || freeOnly || availableOnly;
    }

    boolean matches(IndexedEdition edition, Facet ignoring) {
        return (ignoring == Facet.LANGUAGE || languages.isEmpty() || languages.contains(edition.language()))
                && (ignoring == Facet.FORMAT || formats.isEmpty() || formats.contains(edition.format()))
                && (ignoring == Facet.AVAILABILITY || !availableOnly || edition.availability() == Availability.AVAILABLE)
                && (fromCentimes == null || edition.priceCentimes() >= fromCentimes)
                && (toCentimes == null || edition.priceCentimes() <= toCentimes)
                && (!freeOnly || edition.isFree());
    }
}
