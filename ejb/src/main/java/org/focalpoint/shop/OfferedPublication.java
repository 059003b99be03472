package org.focalpoint.shop;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A publication on offer as its page and the comparison show it: what the catalogue says about it
 * and its editions not withdrawn, in the order of their languages and formats.
 */
public record OfferedPublication(long id,
                                 String productNumber,
                                 String title,
                                 String subtitle,
                                 String abstractText,
                                 List<String> keywords,
                                 ShopCategory category,
                                 String series,
                                 int year,
                                 String editionStatement,
                                 EditionLanguage textLanguage,
                                 String coverImage,
                                 List<OfferedEdition> editions) {

    public OfferedPublication {
        keywords = List.copyOf(keywords);
        editions = List.copyOf(editions);
    }

    static OfferedPublication of(Publication publication) {
        List<OfferedEdition> offered = publication.getEditions().stream().filter(e -> !e.isWithdrawn())
                .sorted(Comparator.comparing(Edition::getLanguage).thenComparing(Edition::getFormat))
                .map(OfferedEdition::of).toList();
        return new OfferedPublication(publication.getId(), publication.getProductNumber(), publication.getTitle(),
                publication.getSubtitle(), publication.getAbstractText(), keywords(publication.getKeywords()),
                publication.getCategory(), publication.getSeries(), publication.getYear(),
                publication.getEditionStatement(), publication.getTextLanguage(), publication.getCoverImage(), offered);
    }

    /** Keywords are kept as one text, separated by commas or semicolons. */
    private static List<String> keywords(String written) {
        if (written == null || written.isBlank()) {
            return List.of();
        }
        Set<String> keywords = new LinkedHashSet<>();
        for (String keyword : written.split("[,;]")) {
            if (!keyword.isBlank()) {
                keywords.add(keyword.strip());
            }
        }
        return List.copyOf(keywords);
    }

    public Set<EditionLanguage> languages() {
        Set<EditionLanguage> languages = new TreeSet<>();
        editions.forEach(e -> languages.add(e.language()));
        return languages;
    }

    public Set<EditionFormat> formats() {
        Set<EditionFormat> formats = new TreeSet<>();
        editions.forEach(e -> formats.add(e.format()));
        return formats;
    }

    /** The lowest price of its editions, zero when one is free; null without an edition on offer. */
    public BigDecimal lowestPrice() {
        return editions.stream().map(OfferedEdition::price).min(Comparator.naturalOrder()).orElse(null);
    }

    public BigDecimal highestPrice() {
        return editions.stream().map(OfferedEdition::price).max(Comparator.naturalOrder()).orElse(null);
    }

    /** The page counts of its editions, lowest to highest (translations differ), null when none is known. */
    public Integer fewestPages() {
        return editions.stream().map(OfferedEdition::pageCount).filter(p -> p != null).min(Integer::compare).orElse(null);
    }

    public Integer mostPages() {
        return editions.stream().map(OfferedEdition::pageCount).filter(p -> p != null).max(Integer::compare).orElse(null);
    }

    /** The availabilities of its editions, each once. */
    public Set<Availability> availabilities() {
        Set<Availability> availabilities = new TreeSet<>();
        editions.forEach(e -> availabilities.add(e.availability()));
        return availabilities;
    }
}
