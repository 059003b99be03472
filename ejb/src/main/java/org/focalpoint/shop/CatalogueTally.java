package org.focalpoint.shop;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Goes once over the publications the words found and sorts them out: those the filters keep, each
 * with what ordering it needs, and every facet's counts with that facet's own choice left out, the
 * other choices kept ("drill sideways"). Category, series and year are the publication's; language,
 * format, price and availability are asked of one edition at a time ({@link EditionChoice}).
 */
final class CatalogueTally implements CollectorManager<CatalogueTally.Counting, CatalogueTally> {

    /** A publication kept: its document, score and what the orders compare. */
    record Match(int doc, float score, long id, int year, long created, Long lowestCentimes, boolean available,
                 BytesRef titleOrder) {
    }

    private static final ShopCategory[] CATEGORIES = ShopCategory.values();

    private final CatalogueQuery query;
    private final EditionChoice editions;
    private final boolean scores;
    private final boolean titles;

    final List<Match> matches = new ArrayList<>();
    final long[] categories = new long[ShopCategory.values().length];
    final Map<String, Long> series = new HashMap<>();
    final long[] languages = new long[EditionLanguage.values().length];
    final long[] formats = new long[EditionFormat.values().length];
    final long[] availability = new long[Availability.values().length];

    CatalogueTally(CatalogueQuery query, boolean scores) {
        this.query = query;
        this.editions = EditionChoice.of(query);
        this.scores = scores;
        this.titles = query.sort() == CatalogueSort.TITLE;
    }

    EditionChoice editions() {
        return editions;
    }

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public CatalogueTally reduce(Collection<Counting> collectors) {
        for (Counting counting : collectors) {
            counting.resolveSeries();
        }
        return this;
    }

    /** Counts into the tally; searches run on one thread, so every collector adds to the same counts. */
    final class Counting implements Collector {

        private final List<Map.Entry<SortedDocValues, long[]>> seriesOfLeaves = new ArrayList<>();

        @Override
        public ScoreMode scoreMode() {
            return scores ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            NumericDocValues ids = DocValues.getNumeric(context.reader(), CatalogueDocument.PUBLICATION);
            NumericDocValues categoryOf = DocValues.getNumeric(context.reader(), CatalogueDocument.CATEGORY);
            NumericDocValues yearOf = DocValues.getNumeric(context.reader(), CatalogueDocument.YEAR);
            NumericDocValues createdOf = DocValues.getNumeric(context.reader(), CatalogueDocument.CREATED);
            SortedDocValues seriesOf = DocValues.getSorted(context.reader(), CatalogueDocument.SERIES);
            SortedDocValues titleOf = DocValues.getSorted(context.reader(), CatalogueDocument.TITLE_ORDER);
            BinaryDocValues editionsOf = DocValues.getBinary(context.reader(), CatalogueDocument.EDITIONS);
            long[] seriesCounts = new long[Math.max(0, seriesOf.getValueCount())];
            seriesOfLeaves.add(Map.entry(seriesOf, seriesCounts));
            Set<Integer> chosenSeries = new HashSet<>();
            for (String chosen : query.series()) {
                int ord = seriesOf.lookupTerm(new BytesRef(chosen));
                if (ord >= 0) {
                    chosenSeries.add(ord);
                }
            }
            int docBase = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    int year = yearOf.advanceExact(doc) ? (int) yearOf.longValue() : 0;
                    if ((query.yearFrom() != null && year < query.yearFrom()) || (query.yearTo() != null && year > query.yearTo())) {
                        return;
                    }
                    ShopCategory category = CATEGORIES[categoryOf.advanceExact(doc) ? (int) categoryOf.longValue() : 0];
                    boolean categoryKept = query.categories().isEmpty() || query.categories().contains(category);
                    int seriesOrd = seriesOf.advanceExact(doc) ? seriesOf.ordValue() : -1;
                    boolean seriesKept = query.series().isEmpty() || chosenSeries.contains(seriesOrd);
                    List<IndexedEdition> offered = editionsOf.advanceExact(doc)
                            ? CatalogueDocument.decode(editionsOf.binaryValue()) : List.of();

                    Long lowest = null;
                    boolean available = false;
                    boolean editionKept = !editions.asksAnything();
                    int languagesSeen = 0;
                    int formatsSeen = 0;
                    int availabilitySeen = 0;
                    for (IndexedEdition edition : offered) {
                        if (editions.matches(edition, EditionChoice.Facet.NONE)) {
                            editionKept = true;
                            available |= edition.availability() == Availability.AVAILABLE;
                            if (edition.availability() != Availability.OUT_OF_PRINT
                                    && (lowest == null || edition.priceCentimes() < lowest)) {
                                lowest = edition.priceCentimes();
                            }
                        }
                        if (editions.matches(edition, EditionChoice.Facet.LANGUAGE)) {
                            languagesSeen |= 1 << edition.language().ordinal();
                        }
                        if (editions.matches(edition, EditionChoice.Facet.FORMAT)) {
                            formatsSeen |= 1 << edition.format().ordinal();
                        }
                        if (editions.matches(edition, EditionChoice.Facet.AVAILABILITY)) {
                            availabilitySeen |= 1 << edition.availability().ordinal();
                        }
                    }

                    if (seriesKept && editionKept) {
                        categories[category.ordinal()]++;
                    }
                    if (categoryKept && editionKept && seriesOrd >= 0) {
                        seriesCounts[seriesOrd]++;
                    }
                    if (categoryKept && seriesKept) {
                        count(languages, languagesSeen);
                        count(formats, formatsSeen);
                        count(availability, availabilitySeen);
                    }
                    if (categoryKept && seriesKept && editionKept) {
                        long id = ids.advanceExact(doc) ? ids.longValue() : -1;
                        long created = createdOf.advanceExact(doc) ? createdOf.longValue() : 0;
                        BytesRef title = titles && titleOf.advanceExact(doc) ? BytesRef.deepCopyOf(titleOf.lookupOrd(titleOf.ordValue())) : null;
                        matches.add(new Match(docBase + doc, scores ? scorer.score() : 0f, id, year, created, lowest, available, title));
                    }
                }
            };
        }

        private void resolveSeries() {
            try {
                for (Map.Entry<SortedDocValues, long[]> leaf : seriesOfLeaves) {
                    long[] counts = leaf.getValue();
                    for (int ord = 0; ord < counts.length; ord++) {
                        if (counts[ord] > 0) {
                            series.merge(leaf.getKey().lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The counts beside the results: categories and languages in their own order, every one of them;
     * series, formats and availability largest first, those found or chosen.
     */
    CatalogueFacets facets() {
        List<FacetCount> categoryCounts = new ArrayList<>();
        for (ShopCategory category : CATEGORIES) {
            categoryCounts.add(new FacetCount(category.name(), categories[category.ordinal()],
                    query.categories().contains(category)));
        }
        List<FacetCount> languageCounts = new ArrayList<>();
        for (EditionLanguage language : EditionLanguage.values()) {
            languageCounts.add(new FacetCount(language.name(), languages[language.ordinal()],
                    query.languages().contains(language)));
        }
        List<FacetCount> seriesCounts = new ArrayList<>();
        series.forEach((name, count) -> seriesCounts.add(new FacetCount(name, count, query.series().contains(name))));
        for (String chosen : query.series()) {
            if (!series.containsKey(chosen)) {
                seriesCounts.add(new FacetCount(chosen, 0, true));
            }
        }
        List<FacetCount> formatCounts = new ArrayList<>();
        for (EditionFormat format : EditionFormat.values()) {
            if (formats[format.ordinal()] > 0 || query.formats().contains(format)) {
                formatCounts.add(new FacetCount(format.name(), formats[format.ordinal()], query.formats().contains(format)));
            }
        }
        List<FacetCount> availabilityCounts = new ArrayList<>();
        for (Availability state : Availability.values()) {
            boolean chosen = query.availableOnly() && state == Availability.AVAILABLE;
            if (availability[state.ordinal()] > 0 || chosen) {
                availabilityCounts.add(new FacetCount(state.name(), availability[state.ordinal()], chosen));
            }
        }
        return new CatalogueFacets(categoryCounts, largestFirst(seriesCounts), languageCounts,
                largestFirst(formatCounts), largestFirst(availabilityCounts));
    }

    private static List<FacetCount> largestFirst(List<FacetCount> counts) {
        return counts.stream().sorted(Comparator.comparingLong(FacetCount::count).reversed()
                .thenComparing(FacetCount::value)).toList();
    }

    private static void count(long[] counts, int seen) {
        for (int i = 0; i < counts.length; i++) {
            if ((seen & (1 << i)) != 0) {
                counts[i]++;
            }
        }
    }
}
