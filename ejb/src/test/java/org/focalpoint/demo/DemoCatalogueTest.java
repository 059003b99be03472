package org.focalpoint.demo;

import org.focalpoint.shop.Availability;
import org.focalpoint.shop.Edition;
import org.focalpoint.shop.EditionLanguage;
import org.focalpoint.shop.Publication;
import org.focalpoint.shop.ShopCategory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo catalogue holds what the README promises: about forty publications over the four
 * categories, each product number once, free, forthcoming and out-of-print editions, texts in all
 * six languages. Building it checks every product number, price and ISBN as the entities do.
 */
class DemoCatalogueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private final List<Publication> catalogue = DemoCatalogue.create(Instant.parse("2026-12-06T10:00:00Z"), TODAY);

    private List<Edition> editions() {
        return catalogue.stream().flatMap(p -> p.getEditions().stream()).toList();
    }

    @Test
    void aboutFortyPublicationsOverTheFourCategories() {
        assertTrue(catalogue.size() >= 38 && catalogue.size() <= 48, "publications: " + catalogue.size());
        assertEquals(EnumSet.allOf(ShopCategory.class),
                catalogue.stream().map(Publication::getCategory).collect(Collectors.toSet()));
        assertEquals(catalogue.size(), catalogue.stream().map(Publication::getProductNumber).distinct().count());
        assertTrue(catalogue.stream().anyMatch(p -> p.getProductNumber().equals(DemoCatalogue.MARKER)));
    }

    @Test
    void freeForthcomingAndOneOutOfPrint() {
        assertTrue(editions().stream().anyMatch(Edition::isFree));
        assertTrue(editions().stream().anyMatch(e -> !e.isFree()));
        List<Edition> forthcoming = editions().stream()
                .filter(e -> e.getAvailability() == Availability.FORTHCOMING).toList();
        assertTrue(!forthcoming.isEmpty() && forthcoming.stream().allMatch(e -> e.getExpectedOn().isAfter(TODAY)));
        assertEquals(1, catalogue.stream().filter(p -> p.getEditions().stream()
                .allMatch(e -> e.getAvailability() == Availability.OUT_OF_PRINT)).count());
    }

    @Test
    void textsAndEditionsInEachOfTheSixLanguages() {
        Set<EditionLanguage> written = catalogue.stream().map(Publication::getTextLanguage).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(EditionLanguage.class), written);
        Publication radioRegulations = catalogue.stream()
                .filter(p -> p.getProductNumber().equals(DemoCatalogue.MARKER)).findFirst().orElseThrow();
        assertEquals(Set.of("Radio Regulations", "Règlement des radiocommunications", "Reglamento de Radiocomunicaciones",
                        "Регламент радиосвязи", "无线电规则", "لوائح الراديو"),
                radioRegulations.getEditions().stream().map(Edition::displayTitle).collect(Collectors.toSet()));
    }
}
