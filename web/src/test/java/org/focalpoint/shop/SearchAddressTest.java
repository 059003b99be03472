package org.focalpoint.shop;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A search's address read without failing whatever it holds, and written back with one choice changed. */
class SearchAddressTest {

    private static SearchAddress address(String... nameValues) {
        Map<String, String[]> parameters = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            String[] before = parameters.getOrDefault(nameValues[i], new String[0]);
            String[] after = Arrays.copyOf(before, before.length + 1);
            after[before.length] = nameValues[i + 1];
            parameters.put(nameValues[i], after);
        }
        return SearchAddress.of(parameters);
    }

    @Test
    void readsEveryChoiceOfTheAdvancedSearch() {
        SearchAddress address = address("q", " spectrum ", "category", "ITU_R", "category", "itu_d", "series",
                "ITU-R Handbooks", "language", "FRENCH", "format", "PDF", "yearFrom", "2010", "yearTo", "2024",
                "priceFrom", "10", "priceTo", "99,50", "free", "true", "available", "true", "sort", "TITLE", "page", "2");
        CatalogueQuery query = address.query();
        assertEquals("spectrum", query.text());
        assertEquals(Set.of(ShopCategory.ITU_R, ShopCategory.ITU_D), query.categories());
        assertEquals(Set.of("ITU-R Handbooks"), query.series());
        assertEquals(Set.of(EditionLanguage.FRENCH), query.languages());
        assertEquals(Set.of(EditionFormat.PDF), query.formats());
        assertEquals(2010, query.yearFrom());
        assertEquals(2024, query.yearTo());
        assertEquals(new BigDecimal("10"), query.priceFrom());
        assertEquals(new BigDecimal("99.50"), query.priceTo());
        assertTrue(query.freeOnly() && query.availableOnly());
        assertEquals(CatalogueSort.TITLE, query.sort());
        assertEquals(SearchAddress.PAGE_SIZE, query.first());
        assertEquals(List.of(), address.ignored());
    }

    @Test
    void leavesOutWhatMeansNothingAndSaysSo() {
        SearchAddress address = address("yearFrom", "abc", "priceTo", "-5", "category", "ITU_X", "language", "Klingon",
                "format", "scroll", "sort", "cheapest", "page", "0");
        CatalogueQuery query = address.query();
        assertNull(query.yearFrom());
        assertNull(query.priceTo());
        assertTrue(query.categories().isEmpty() && query.languages().isEmpty() && query.formats().isEmpty());
        assertEquals(0, query.first());
        assertEquals(List.of("search.ignored-category", "search.ignored-language", "search.ignored-format",
                        "search.ignored-year", "search.ignored-price", "search.ignored-sort", "search.ignored-page"),
                address.ignored().stream().map(SearchAddress.Ignored::key).toList());
        assertEquals("-5", address.ignored().get(4).value());
    }

    @Test
    void tenThousandCharactersAreCutToTheLongestSearch() {
        SearchAddress address = address("q", "x".repeat(10_000), "series", "y".repeat(10_000));
        assertEquals(SearchAddress.LONGEST_TEXT, address.query().text().length());
        assertTrue(address.query().series().isEmpty());
        assertEquals(List.of("search.text-shortened", "search.ignored-series"),
                address.ignored().stream().map(SearchAddress.Ignored::key).toList());
        assertTrue(address.ignored().get(1).value().length() < 50, "a value quoted back is short");
    }

    @Test
    void rangesGivenBackwardsAreTurnedRound() {
        CatalogueQuery query = address("yearFrom", "2024", "yearTo", "2010", "priceFrom", "100", "priceTo", "0").query();
        assertEquals(2010, query.yearFrom());
        assertEquals(2024, query.yearTo());
        assertEquals(0, BigDecimal.ZERO.compareTo(query.priceFrom()));
        assertEquals(0, new BigDecimal("100").compareTo(query.priceTo()));
    }

    @Test
    void noWordsListsTheNewestFirstAndWordsTheMostRelevant() {
        assertEquals(CatalogueSort.NEWEST, address("category", "ITU_T").query().sort());
        assertEquals(CatalogueSort.RELEVANCE, address("q", "video").query().sort());
    }

    @Test
    void aFacetLinkTogglesItsValueKeepsTheOthersAndStartsAtPageOne() {
        SearchAddress address = address("q", "règlement radio", "category", "ITU_R", "language", "FRENCH", "page", "3");
        assertEquals("q=r%C3%A8glement+radio&category=ITU_R&category=ITU_D&language=FRENCH",
                address.toggled("category", "ITU_D"));
        assertEquals("q=r%C3%A8glement+radio&language=FRENCH", address.toggled("category", "ITU_R"));
        assertEquals("q=r%C3%A8glement+radio&category=ITU_R&language=FRENCH&available=true",
                address.toggled("available", "AVAILABLE"));
        assertEquals("q=r%C3%A8glement+radio&category=ITU_R&language=FRENCH&page=4", address.onPage(4));
        assertEquals("q=r%C3%A8glement+radio&category=ITU_R&language=FRENCH&sort=NEWEST",
                address.sorted(CatalogueSort.NEWEST));
        assertTrue(address.narrowed());
        assertFalse(address("q", "radio").narrowed());
    }

    @Test
    void theAdvancedFormPassesOnTheWordsFacetsAndOrder() {
        SearchAddress address = address("q", "radio", "series", "Final Acts", "sort", "TITLE", "yearFrom", "2020");
        assertEquals(List.of(new SearchAddress.Parameter("q", "radio"), new SearchAddress.Parameter("series", "Final Acts"),
                new SearchAddress.Parameter("sort", "TITLE")), address.kept());
    }
}
