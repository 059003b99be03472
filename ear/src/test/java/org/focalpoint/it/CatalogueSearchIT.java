package org.focalpoint.it;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.shop.CatalogueFacets;
import org.focalpoint.shop.CatalogueHit;
import org.focalpoint.shop.CatalogueHits;
import org.focalpoint.shop.CatalogueQuery;
import org.focalpoint.shop.CatalogueSearch;
import org.focalpoint.shop.CatalogueSort;
import org.focalpoint.shop.Availability;
import org.focalpoint.shop.EditionFormat;
import org.focalpoint.shop.EditionLanguage;
import org.focalpoint.shop.FacetCount;
import org.focalpoint.shop.ShopCategory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue's search in the server, over a generated catalogue committed as a service would
 * commit it: what it finds and counts is what the sample says it should (worked out here from the
 * sample, not from the index); the index built again from the database in an empty folder finds
 * the same; a committed change is found at once and a rolled-back one never.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueSearchIT {

    private static final int PUBLICATIONS = 72;

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @Inject
    CatalogueSearch search;

    @Inject
    CatalogueChanges changes;

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    private static CatalogueSample sample;
    private static List<Long> ids;

    /** The sample, committed once for the class (the instance is made per test, in the server). */
    private CatalogueSample sample() {
        if (sample == null) {
            CatalogueSample generated = CatalogueSample.generate(PUBLICATIONS);
            ids = changes.add(generated.items());
            sample = generated;
        }
        return sample;
    }

    private long id(CatalogueSample.Item item) {
        return ids.get(sample.items().indexOf(item));
    }

    @Test
    void findsAndCountsWhatTheSampleHolds() {
        CatalogueSample catalogue = sample();
        List<Ask> asks = List.of(
                new Ask(catalogue.tag()),
                new Ask(catalogue.tag()).languages(EditionLanguage.FRENCH),
                new Ask(catalogue.tag()).languages(EditionLanguage.FRENCH).formats(EditionFormat.PDF)
                        .prices(null, "50").availableOnly(),
                new Ask(catalogue.tag()).categories(ShopCategory.ITU_T, ShopCategory.ITU_R).years(2017, 2020),
                new Ask(catalogue.tag()).series("Handbooks").formats(EditionFormat.PRINT, EditionFormat.OTHER),
                new Ask(catalogue.tag()).freeOnly(),
                new Ask(catalogue.tag()).prices("20", "40.50").languages(EditionLanguage.ARABIC, EditionLanguage.CHINESE),
                new Ask(catalogue.tag() + " spectre").matching(item -> item.topic() == CatalogueSample.Topic.SPECTRUM
                        && writtenIn(item, EditionLanguage.FRENCH)),
                new Ask(catalogue.tag() + " сетях").matching(item -> item.topic() == CatalogueSample.Topic.BROADBAND
                        && writtenIn(item, EditionLanguage.RUSSIAN)),
                new Ask(catalogue.tag() + " 频谱").matching(item -> item.topic() == CatalogueSample.Topic.SPECTRUM
                        && writtenIn(item, EditionLanguage.CHINESE)),
                new Ask(catalogue.tag() + " الطيف").matching(item -> item.topic() == CatalogueSample.Topic.SPECTRUM
                        && writtenIn(item, EditionLanguage.ARABIC)));
        for (Ask ask : asks) {
            CatalogueHits hits = search.search(ask.query(CatalogueSort.NEWEST, 0, PUBLICATIONS));
            List<CatalogueSample.Item> expected = catalogue.items().stream().filter(ask::finds).toList();
            assertTrue(ask.text.contains(" ") || !expected.isEmpty(), "the sample gives every filter something to find: " + ask);
            assertEquals(expected.size(), hits.total(), ask.toString());
            assertEquals(expected.stream().map(this::id).collect(Collectors.toSet()),
                    hits.hits().stream().map(CatalogueHit::publicationId).collect(Collectors.toSet()), ask.toString());
            assertEquals(ask.facets(catalogue.items()), counts(hits.facets()), "the facets of " + ask);
        }
    }

    @Test
    void ordersAndPages() {
        CatalogueSample catalogue = sample();
        Ask french = new Ask(catalogue.tag()).languages(EditionLanguage.FRENCH);
        Comparator<CatalogueSample.Item> newest = Comparator.comparingInt(CatalogueSample.Item::year)
                .thenComparing(CatalogueSample.Item::createdAt).reversed();
        Comparator<CatalogueSample.Item> cheapest = Comparator.comparing(french::lowestPrice,
                Comparator.nullsLast(Comparator.naturalOrder()));
        List<Long> expected = catalogue.items().stream().filter(french::finds).sorted(cheapest.thenComparing(newest))
                .map(this::id).toList();
        assertEquals(expected, search.search(french.query(CatalogueSort.PRICE_LOW_TO_HIGH, 0, PUBLICATIONS)).hits()
                .stream().map(CatalogueHit::publicationId).toList());
        List<Long> newestFirst = catalogue.items().stream().filter(french::finds).sorted(newest).map(this::id).toList();
        CatalogueHits second = search.search(french.query(CatalogueSort.NEWEST, 5, 5));
        assertEquals(newestFirst.size(), second.total());
        assertEquals(newestFirst.subList(5, 10), second.hits().stream().map(CatalogueHit::publicationId).toList());
        CatalogueHit first = search.search(french.query(CatalogueSort.PRICE_LOW_TO_HIGH, 0, 1)).hits().get(0);
        assertEquals(0, french.lowestPrice(catalogue.items().get(ids.indexOf(first.publicationId()))).compareTo(first.lowestPrice()));
    }

    @Test
    void theProductNumberFindsExactlyItsPublication() {
        CatalogueSample.Item item = sample().items().get(7);
        CatalogueHits hits = search.search(new Ask(item.productNumber()).query(CatalogueSort.RELEVANCE, 0, 10));
        assertEquals(List.of(id(item)), hits.hits().stream().map(CatalogueHit::publicationId).toList());
    }

    @Test
    void theIndexBuiltAgainInAnEmptyFolderFindsTheSame() throws IOException {
        CatalogueSample catalogue = sample();
        List<CatalogueQuery> queries = List.of(
                new Ask(catalogue.tag()).query(CatalogueSort.NEWEST, 0, 20),
                new Ask(catalogue.tag() + " gestion").languages(EditionLanguage.SPANISH).query(CatalogueSort.PRICE_HIGH_TO_LOW, 0, 20),
                new Ask("").categories(ShopCategory.ITU_D).query(CatalogueSort.TITLE, 0, 50),
                new Ask("").query(CatalogueSort.NEWEST, 0, 100));
        // scores depend on the index's statistics, which count replaced documents until they are merged away:
        // in the order of relevance, the same publications, counts and facets
        CatalogueQuery relevance = new Ask(catalogue.tag() + " spectrum").query(CatalogueSort.RELEVANCE, 0, PUBLICATIONS);
        List<CatalogueHits> before = queries.stream().map(search::search).toList();
        CatalogueHits relevantBefore = search.search(relevance);
        Path folder = indexFolder();
        assertTrue(Files.exists(folder) && listed(folder).stream().anyMatch(f -> f.getFileName().toString().startsWith("segments_")),
                "the index is in its folder under the server's data directory: " + folder);

        search.close();
        for (Path file : listed(folder)) {
            Files.delete(file);
        }
        search.open();

        assertEquals(before, queries.stream().map(search::search).toList());
        CatalogueHits relevantAfter = search.search(relevance);
        assertEquals(relevantBefore.total(), relevantAfter.total());
        assertEquals(relevantBefore.facets(), relevantAfter.facets());
        assertEquals(Set.copyOf(relevantBefore.hits()), Set.copyOf(relevantAfter.hits()));
    }

    @Test
    void aCommittedChangeIsFoundAtOnce() {
        CatalogueSample catalogue = sample();
        CatalogueSample more = CatalogueSample.generate(2);
        List<Long> added = changes.add(more.items());
        assertEquals(Set.copyOf(added), found(more.tag()));

        long changed = ids.get(3);
        String word = "zeolite" + more.tag().substring(3);
        changes.describe(changed, "Now about " + word + ".");
        assertEquals(Set.of(changed), found(word));
        assertEquals(Set.of(changed), found(catalogue.tag() + " " + word));
    }

    @Test
    void aRolledBackChangeIsNeverFound() {
        CatalogueSample failed = CatalogueSample.generate(3);
        assertThrows(EJBException.class, () -> changes.addThenFail(failed.items()));
        assertEquals(Set.of(), found(failed.tag()));
        assertEquals(0L, em.createQuery("select count(p) from Publication p where p.productNumber = :number", Long.class)
                .setParameter("number", failed.items().get(0).productNumber()).getSingleResult());
    }

    @Test
    void oddInputIsSearchedAsWords() {
        String tag = sample().tag();
        for (String typed : List.of("\"", "*", tag + " AND (", "title:" + tag, tag + "~", "\\" + tag, "x".repeat(10_000),
                "*:*", "{!lucene}", "\u0000")) {
            CatalogueHits hits = search.search(new Ask(typed).query(CatalogueSort.RELEVANCE, 0, 10));
            assertTrue(hits.total() >= 0);
        }
        assertEquals(PUBLICATIONS, search.search(new Ask(tag + " \"").query(CatalogueSort.RELEVANCE, 0, 1)).total());
    }

    private Set<Long> found(String text) {
        return search.search(new Ask(text).query(CatalogueSort.RELEVANCE, 0, 100)).hits().stream()
                .map(CatalogueHit::publicationId).collect(Collectors.toSet());
    }

    private static boolean writtenIn(CatalogueSample.Item item, EditionLanguage language) {
        return item.language() == language
                || item.editions().stream().anyMatch(edition -> edition.title() != null && edition.language() == language);
    }

    private static Path indexFolder() {
        return Path.of(System.getProperty("focalpoint.shop.index-dir",
                System.getProperty("jboss.server.data.dir") + "/focalpoint/catalogue-index"));
    }

    private static List<Path> listed(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    /** Each facet's counts by value, leaving out the zeros (the index lists every category and language). */
    private static Map<String, Map<String, Long>> counts(CatalogueFacets facets) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        counts.put("category", nonZero(facets.categories()));
        counts.put("series", nonZero(facets.series()));
        counts.put("language", nonZero(facets.languages()));
        counts.put("format", nonZero(facets.formats()));
        counts.put("availability", nonZero(facets.availability()));
        return counts;
    }

    private static Map<String, Long> nonZero(List<FacetCount> facet) {
        return facet.stream().filter(count -> count.count() > 0).collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    /** A query, and what it should find in the sample worked out plainly. */
    private record Ask(String text, Set<ShopCategory> categories, Set<String> series, Set<EditionLanguage> languages,
                       Set<EditionFormat> formats, Integer yearFrom, Integer yearTo, BigDecimal priceFrom,
                       BigDecimal priceTo, boolean free, boolean available, Predicate<CatalogueSample.Item> words) {

        Ask(String text) {
            this(text, Set.of(), Set.of(), Set.of(), Set.of(), null, null, null, null, false, false, item -> true);
        }

        Ask languages(EditionLanguage... chosen) {
            return new Ask(text, categories, series, Set.of(chosen), formats, yearFrom, yearTo, priceFrom, priceTo, free, available, words);
        }

        Ask formats(EditionFormat... chosen) {
            return new Ask(text, categories, series, languages, Set.of(chosen), yearFrom, yearTo, priceFrom, priceTo, free, available, words);
        }

        Ask categories(ShopCategory... chosen) {
            return new Ask(text, Set.of(chosen), series, languages, formats, yearFrom, yearTo, priceFrom, priceTo, free, available, words);
        }

        Ask series(String... chosen) {
            return new Ask(text, categories, Set.of(chosen), languages, formats, yearFrom, yearTo, priceFrom, priceTo, free, available, words);
        }

        Ask years(int from, int to) {
            return new Ask(text, categories, series, languages, formats, from, to, priceFrom, priceTo, free, available, words);
        }

        Ask prices(String from, String to) {
            return new Ask(text, categories, series, languages, formats, yearFrom, yearTo,
                    from == null ? null : new BigDecimal(from), to == null ? null : new BigDecimal(to), free, available, words);
        }

        Ask freeOnly() {
            return new Ask(text, categories, series, languages, formats, yearFrom, yearTo, priceFrom, priceTo, true, available, words);
        }

        Ask availableOnly() {
            return new Ask(text, categories, series, languages, formats, yearFrom, yearTo, priceFrom, priceTo, free, true, words);
        }

        Ask matching(Predicate<CatalogueSample.Item> found) {
            return new Ask(text, categories, series, languages, formats, yearFrom, yearTo, priceFrom, priceTo, free, available, found);
        }

        CatalogueQuery query(CatalogueSort sort, int first, int pageSize) {
            return new CatalogueQuery(text, categories, series, languages, formats, yearFrom, yearTo, priceFrom, priceTo,
                    free, available, sort, first, pageSize);
        }

        boolean finds(CatalogueSample.Item item) {
            return words.test(item) && shelved(item, null) && item.editions().stream().anyMatch(e -> edition(e, null));
        }

        /** The lowest price of the editions it keeps that are not out of print. */
        BigDecimal lowestPrice(CatalogueSample.Item item) {
            return item.editions().stream().filter(e -> edition(e, null) && e.availability() != Availability.OUT_OF_PRINT)
                    .map(CatalogueSample.EditionItem::price).min(Comparator.naturalOrder()).orElse(null);
        }

        private boolean shelved(CatalogueSample.Item item, String ignoring) {
            return (yearFrom == null || item.year() >= yearFrom) && (yearTo == null || item.year() <= yearTo)
                    && ("category".equals(ignoring) || categories.isEmpty() || categories.contains(item.category()))
                    && ("series".equals(ignoring) || series.isEmpty() || (item.series() != null && series.contains(item.series())));
        }

        private boolean edition(CatalogueSample.EditionItem e, String ignoring) {
            return ("language".equals(ignoring) || languages.isEmpty() || languages.contains(e.language()))
                    && ("format".equals(ignoring) || formats.isEmpty() || formats.contains(e.format()))
                    && ("availability".equals(ignoring) || !available || e.availability() == Availability.AVAILABLE)
                    && (priceFrom == null || e.price().compareTo(priceFrom) >= 0)
                    && (priceTo == null || e.price().compareTo(priceTo) <= 0)
                    && (!free || e.free());
        }

        /** Per facet, for each value, the items found with that value, the facet's own choice left out. */
        Map<String, Map<String, Long>> facets(List<CatalogueSample.Item> items) {
            Map<String, Map<String, Long>> facets = new HashMap<>();
            for (String facet : List.of("category", "series", "language", "format", "availability")) {
                Map<String, Long> counts = new HashMap<>();
                for (CatalogueSample.Item item : items) {
                    if (!words.test(item) || !shelved(item, facet)) {
                        continue;
                    }
                    Set<String> values = new HashSet<>();
                    for (CatalogueSample.EditionItem e : item.editions()) {
                        if (edition(e, facet)) {
                            switch (facet) {
                                case "category" -> values.add(item.category().name());
                                case "series" -> {
                                    if (item.series() != null) {
                                        values.add(item.series());
                                    }
                                }
                                case "language" -> values.add(e.language().name());
                                case "format" -> values.add(e.format().name());
                                default -> values.add(e.availability().name());
                            }
                        }
                    }
                    values.forEach(value -> counts.merge(value, 1L, Long::sum));
                }
                facets.put(facet, counts);
            }
            return facets;
        }

        @Override
        public String toString() {
            return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "' categories " + categories
                    + " series " + series + " languages " + languages + " formats " + formats + " years " + yearFrom + "–"
                    + yearTo + " prices " + priceFrom + "–" + priceTo + (free ? " free" : "") + (available ? " available" : "");
        }
    }
}
