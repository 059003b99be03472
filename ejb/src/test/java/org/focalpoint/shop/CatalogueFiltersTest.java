package org.focalpoint.shop;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.focalpoint.shop.CatalogueShelf.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The advanced search over the small shelf: filters on one edition at a time, facet counts, orders and pages. */
class CatalogueFiltersTest {

    private static CatalogueIndex index;

    @BeforeAll
    static void shelve() throws IOException {
        index = CatalogueShelf.index();
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static Query query() {
        return new Query("", Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, null, false, false,
                CatalogueSort.NEWEST, 0, 20);
    }

    /** A query being written, one filter at a time. */
    private record Query(String text, Set<ShopCategory> categories, Set<String> series, Set<EditionLanguage> languages,
                         Set<EditionFormat> formats, Integer yearFrom, Integer yearTo, BigDecimal priceFrom,
                         BigDecimal priceTo, boolean free, boolean available, CatalogueSort sort, int first, int size) {
        Query languages(EditionLanguage... chosen) {
            return new Query(text, categories, series, Set.of(chosen), formats, yearFrom, yearTo, priceFrom, priceTo, free, available, sort, first, size);
        }
        Query formats(EditionFormat... chosen) {
            return new Query(text, categories, series, languages, Set.of(chosen), yearFrom, yearTo, priceFrom, priceTo, free, available, sort, first, size);
        }
        Query categories(ShopCategory... chosen) {
            return new Query(text, Set.of(chosen), series, languages, formats, yearFrom, yearTo, priceFrom, priceTo, free, available, sort, first, size);
        }
        Query series(String... chosen) {
            return new Query(text, categories, Set.of(chosen), languages, formats, yearFrom, yearTo, priceFrom, priceTo, free, available, sort, first, size);
        }
        Query years(Integer from, Integer to) {
            return new Query(text, categories, series, languages, formats, from, to, priceFrom, priceTo, free, available, sort, first, size);
        }
        Query prices(String from, String to) {
            return new Query(text, categories, series, languages, formats, yearFrom, yearTo,
                    from == null ? null : new BigDecimal(from), to == null ? null : new BigDecimal(to), free, available, sort, first, size);
        }
        Query freeOnly() {
            return new Query(text, categories, series, languages, formats, yearFrom, yearTo, priceFrom, priceTo, true, available, sort, first, size);
        }
        Query availableOnly() {
            return new Query(text, categories, series, languages, formats, yearFrom, yearTo, priceFrom, priceTo, free, true, sort, first, size);
        }
        Query sorted(CatalogueSort by) {
            return new Query(text, categories, series, languages, formats, yearFrom, yearTo, priceFrom, priceTo, free, available, by, first, size);
        }
        Query page(int from, int pageSize) {
            return new Query(text, categories, series, languages, formats, yearFrom, yearTo, priceFrom, priceTo, free, available, sort, from, pageSize);
        }
        Query text(String words) {
            return new Query(words, categories, series, languages, formats, yearFrom, yearTo, priceFrom, priceTo, free, available, sort, first, size);
        }
        CatalogueHits run() {
            return index.search(new CatalogueQuery(text, categories, series, languages, formats, yearFrom, yearTo,
                    priceFrom, priceTo, free, available, sort, first, size));
        }
        List<Long> found() {
            return run().hits().stream().map(CatalogueHit::publicationId).toList();
        }
    }

    private static Map<String, Long> counts(List<FacetCount> facet) {
        return facet.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    @Test
    void editionFiltersAreMetByOneEditionTogether() {
        // ECONOMICS has a French print and an English PDF, but no French PDF
        assertEquals(List.of(MOBILE), query().languages(EditionLanguage.FRENCH).formats(EditionFormat.PDF).found());
        assertEquals(List.of(MOBILE, ECONOMICS), query().languages(EditionLanguage.FRENCH).found());
        // SPECTRUM_ES: its Spanish PDF costs 25, its English print 60
        assertEquals(List.of(), query().text("espectro").formats(EditionFormat.PRINT).prices(null, "30").found());
        assertEquals(List.of(SPECTRUM_ES), query().text("espectro").formats(EditionFormat.PDF).prices(null, "30").found());
        // MOBILE's free edition is English; its Spanish one is out of print
        assertEquals(List.of(), query().languages(EditionLanguage.SPANISH).availableOnly().text("mobile").found());
        assertEquals(List.of(MOBILE), query().languages(EditionLanguage.ENGLISH).freeOnly().text("mobile").found());
    }

    @Test
    void freeOnlyAndPriceRange() {
        assertEquals(List.of(MOBILE, SPECTRUM_AR), query().freeOnly().found());
        assertEquals(List.of(REPORT_ZH, NETWORKS_RU, SPECTRUM_ES), query().prices("20", "30").found());
        assertEquals(List.of(ECONOMICS), query().prices("100.005", null).found(), "the English PDF of 100 is below 100.01");
    }

    @Test
    void publicationFiltersCategorySeriesAndYears() {
        assertEquals(List.of(NETWORKS_RU, ECONOMICS), query().categories(ShopCategory.ITU_T).found());
        assertEquals(List.of(REPORT_ZH, MOBILE), query().series("Reports").found());
        assertEquals(List.of(MOBILE, NETWORKS_RU, ECONOMICS), query().years(2021, 2023).found());
        assertEquals(List.of(), query().series("No such series").found());
    }

    @Test
    void aFacetsCountsLeaveItsOwnChoiceOutAndKeepTheOthers() {
        CatalogueHits hits = query().languages(EditionLanguage.FRENCH).run();
        assertEquals(2, hits.total());
        // languages: counted as if no language were chosen
        assertEquals(Map.of("ARABIC", 1L, "CHINESE", 1L, "ENGLISH", 3L, "FRENCH", 2L, "RUSSIAN", 1L, "SPANISH", 2L),
                counts(hits.facets().languages()));
        assertTrue(hits.facets().languages().stream().filter(FacetCount::chosen).map(FacetCount::value).toList()
                .equals(List.of("FRENCH")));
        // formats: of the French editions only (MOBILE's PDF, ECONOMICS' print)
        assertEquals(Map.of("PDF", 1L, "PRINT", 1L), counts(hits.facets().formats()));
        // categories: of the publications with a French edition
        assertEquals(Map.of("GENERAL_SECRETARIAT", 0L, "ITU_R", 0L, "ITU_T", 1L, "ITU_D", 1L),
                counts(hits.facets().categories()));

        CatalogueHits pdf = query().languages(EditionLanguage.FRENCH).formats(EditionFormat.PDF).run();
        assertEquals(Map.of("PDF", 1L, "PRINT", 1L), counts(pdf.facets().formats()), "French editions, any format");
        assertEquals(Map.of("ARABIC", 1L, "CHINESE", 1L, "ENGLISH", 2L, "FRENCH", 1L, "RUSSIAN", 1L, "SPANISH", 1L),
                counts(pdf.facets().languages()), "PDF editions, any language");
    }

    @Test
    void seriesAndAvailabilityFacets() {
        CatalogueHits hits = query().series("Reports").run();
        assertEquals(Map.of("Reports", 2L, "Handbooks", 2L), counts(hits.facets().series()));
        assertEquals(List.of("Handbooks", "Reports"), hits.facets().series().stream().map(FacetCount::value).toList(),
                "largest first, then by name");
        assertEquals(Map.of("AVAILABLE", 2L, "OUT_OF_PRINT", 1L), counts(hits.facets().availability()));
        CatalogueHits available = query().availableOnly().run();
        assertEquals(6, available.total());
        assertEquals(Map.of("AVAILABLE", 6L, "FORTHCOMING", 1L, "OUT_OF_PRINT", 1L), counts(available.facets().availability()));
    }

    @Test
    void theFacetsFollowTheWords() {
        CatalogueHits hits = query().text("spectrum").run();
        assertEquals(List.of(SPECTRUM_ES), hits.hits().stream().map(CatalogueHit::publicationId).toList());
        assertEquals(Map.of("ENGLISH", 1L, "SPANISH", 1L), counts(hits.facets().languages()).entrySet().stream()
                .filter(e -> e.getValue() > 0).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void orders() {
        assertEquals(List.of(REPORT_ZH, MOBILE, NETWORKS_RU, ECONOMICS, SPECTRUM_AR, SPECTRUM_ES), query().found());
        // the lowest price of an edition on offer: MOBILE's Spanish print is out of print, ECONOMICS' PDF is forthcoming
        assertEquals(List.of(MOBILE, SPECTRUM_AR, REPORT_ZH, SPECTRUM_ES, NETWORKS_RU, ECONOMICS),
                query().sorted(CatalogueSort.PRICE_LOW_TO_HIGH).found());
        assertEquals(List.of(ECONOMICS, NETWORKS_RU, SPECTRUM_ES, REPORT_ZH, MOBILE, SPECTRUM_AR),
                query().sorted(CatalogueSort.PRICE_HIGH_TO_LOW).found());
        // by the lowest price of the editions the filters keep: MOBILE's French PDF costs 50
        assertEquals(List.of(MOBILE, ECONOMICS), query().languages(EditionLanguage.FRENCH).sorted(CatalogueSort.PRICE_LOW_TO_HIGH).found());
        assertEquals(List.of(ECONOMICS, SPECTRUM_ES, MOBILE, NETWORKS_RU, SPECTRUM_AR, REPORT_ZH),
                query().sorted(CatalogueSort.TITLE).found(), "Économie before Gestión; Latin, then Cyrillic, Arabic and Chinese");
    }

    @Test
    void pages() {
        CatalogueHits second = query().page(2, 2).run();
        assertEquals(6, second.total());
        assertEquals(List.of(NETWORKS_RU, ECONOMICS), second.hits().stream().map(CatalogueHit::publicationId).toList());
        assertEquals(List.of(), query().page(6, 2).found());
        assertEquals(List.of(REPORT_ZH), query().page(-5, 1).found(), "a page before the first is the first");
    }

    @Test
    void aHitCarriesWhatAResultListShows() {
        CatalogueHit hit = query().text("rural").run().hits().get(0);
        assertEquals(MOBILE, hit.publicationId());
        assertEquals("100000001", hit.productNumber());
        assertEquals(ShopCategory.ITU_D, hit.category());
        assertEquals("Reports", hit.series());
        assertEquals(2023, hit.year());
        assertEquals(Set.of(EditionLanguage.ENGLISH, EditionLanguage.FRENCH, EditionLanguage.SPANISH), hit.languages());
        assertEquals(Set.of(EditionFormat.PDF, EditionFormat.PRINT), hit.formats());
        assertEquals(0, BigDecimal.ZERO.compareTo(hit.lowestPrice()));
        assertTrue(hit.available());
        assertNull(hit.coverImage());
        assertTrue(hit.passage().stream().anyMatch(piece -> piece.matched() && piece.text().equals("rural")), hit.passage().toString());
        assertFalse(hit.title().stream().anyMatch(Marked::matched));
    }
}
