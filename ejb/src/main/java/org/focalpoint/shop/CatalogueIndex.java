package org.focalpoint.shop;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue's full-text index, in any Lucene directory: one document per publication offered
 * ({@link CatalogueDocument}), written by one writer and read by searchers that a change replaces
 * without ever waiting for it. Searches are words ({@link SearchWords}), filters and facet counts
 * ({@link CatalogueTally}), an order and a page, with the matched words marked ({@link Marking}).
 * Each document carries its publication's stamp, which {@link #stamps()} gives back, so that whoever
 * holds the database can tell which documents are behind it.
 */
final class CatalogueIndex implements Closeable {

    /** The layout of the documents and their analysis: an index written otherwise is built again. */
    static final String LAYOUT = "1";
    private static final String LAYOUT_KEY = "focalpoint.catalogue.layout";
    private static final int MAX_PAGE = 100;

    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean fresh;

    /** Opens the index in the directory, or an empty one where there is none or one of another layout. */
    CatalogueIndex(Directory directory) throws IOException {
        boolean current = DirectoryReader.indexExists(directory)
                && LAYOUT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(LAYOUT_KEY));
        IndexWriterConfig config = new IndexWriterConfig(CatalogueDocument.indexAnalyzer(analyzers))
                .setOpenMode(current ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        writer = new IndexWriter(directory, config);
        fresh = !current;
        if (fresh) {
            commit();
        }
        searchers = new SearcherManager(writer, null);
    }

    /** Whether it was opened empty, there having been no index of this layout. */
    boolean fresh() {
        return fresh;
    }

    /** The stamp of each publication it holds, by publication id. */
    Map<Long, Long> stamps() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<Long, Long> stamps = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                NumericDocValues ids = DocValues.getNumeric(leaf.reader(), CatalogueDocument.PUBLICATION);
                NumericDocValues stampOf = DocValues.getNumeric(leaf.reader(), CatalogueDocument.STAMP);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = ids.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if ((live == null || live.get(doc)) && stampOf.advanceExact(doc)) {
                        stamps.put(ids.longValue(), stampOf.longValue());
                    }
                }
            }
            return stamps;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Writes these publications' documents over their old ones; seen by searches after {@link #commit()}. */
    void put(Collection<IndexedPublication> publications) throws IOException {
        for (IndexedPublication publication : publications) {
            writer.updateDocument(CatalogueDocument.idTerm(publication.id()), CatalogueDocument.of(publication));
        }
    }

    /** Removes these publications' documents (withdrawn, or no longer in the database). */
    void remove(Collection<Long> publicationIds) throws IOException {
        for (Long id : publicationIds) {
            writer.deleteDocuments(CatalogueDocument.idTerm(id));
        }
    }

    /** Everything removed, for a build from scratch. */
    void clear() throws IOException {
        writer.deleteAll();
    }

    /** Makes the changes durable and visible to the next search. */
    void commit() throws IOException {
        writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
        writer.commit();
        if (searchers != null) {
            searchers.maybeRefreshBlocking();
        }
    }

    CatalogueHits search(CatalogueQuery query) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, query);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CatalogueHits search(IndexSearcher searcher, CatalogueQuery query) throws IOException {
        SearchWords words = SearchWords.of(query.text(), analyzers, searcher.getIndexReader());
        Query lucene = words.query() == null ? new MatchAllDocsQuery() : words.query();
        boolean relevance = query.sort() == CatalogueSort.RELEVANCE && words.query() != null;
        CatalogueTally tally = searcher.search(lucene, new CatalogueTally(query, relevance));
        List<CatalogueTally.Match> matches = tally.matches;
        matches.sort(order(query.sort(), relevance));

        int first = Math.max(0, query.first());
        int size = Math.min(MAX_PAGE, Math.max(1, query.pageSize()));
        List<CatalogueTally.Match> page = first >= matches.size() ? List.of()
                : matches.subList(first, Math.min(matches.size(), first + size));
        Marking marking = new Marking(analyzers, words);
        StoredFields stored = searcher.storedFields();
        List<CatalogueHit> hits = page.stream().map(match -> hit(match, stored, marking)).toList();
        return new CatalogueHits(matches.size(), hits, tally.facets());
    }

    private static Comparator<CatalogueTally.Match> order(CatalogueSort sort, boolean relevance) {
        Comparator<CatalogueTally.Match> newest = Comparator.comparingInt(CatalogueTally.Match::year)
                .thenComparingLong(CatalogueTally.Match::created).thenComparingLong(CatalogueTally.Match::id).reversed();
        Comparator<CatalogueTally.Match> price = Comparator.comparing(CatalogueTally.Match::lowestCentimes,
                Comparator.nullsLast(Comparator.naturalOrder()));
        return switch (sort) {
            case RELEVANCE -> relevance
                    ? Comparator.comparing(CatalogueTally.Match::score, Comparator.reverseOrder()).thenComparing(newest)
                    : newest;
            case NEWEST -> newest;
            case PRICE_LOW_TO_HIGH -> price.thenComparing(newest);
            case PRICE_HIGH_TO_LOW -> Comparator.comparing(CatalogueTally.Match::lowestCentimes,
                    Comparator.nullsLast(Comparator.<Long>reverseOrder())).thenComparing(newest);
            case TITLE -> Comparator.comparing(CatalogueTally.Match::titleOrder,
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(newest);
        };
    }

    private static CatalogueHit hit(CatalogueTally.Match match, StoredFields stored, Marking marking) {
        Document doc;
        try {
            doc = stored.document(match.doc());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String shown = null;
        List<Integer> shownMatches = null;
        for (Map.Entry<EditionLanguage, String> title : CatalogueDocument.titles(doc)) {
            List<Integer> matches = marking.matches(title.getValue(), title.getKey());
            if (shownMatches == null || matches.size() > shownMatches.size()) {
                shown = title.getValue();
                shownMatches = matches;
            }
        }
        EditionLanguage textLanguage = EditionLanguage.valueOf(doc.get(CatalogueDocument.TEXT_LANGUAGE));
        String abstractText = doc.get(CatalogueDocument.ABSTRACT);
        Set<EditionLanguage> languages = EnumSet.noneOf(EditionLanguage.class);
        Set<EditionFormat> formats = EnumSet.noneOf(EditionFormat.class);
        for (IndexedEdition edition : CatalogueDocument.editions(doc)) {
            languages.add(edition.language());
            formats.add(edition.format());
        }
        return new CatalogueHit(match.id(), doc.get(CatalogueDocument.NUMBER),
                Marking.whole(shown, shownMatches),
                doc.get(CatalogueDocument.SUBTITLE),
                abstractText == null ? List.of() : marking.passage(abstractText, textLanguage),
                ShopCategory.valueOf(doc.get(CatalogueDocument.CATEGORY)),
                doc.get(CatalogueDocument.SERIES),
                match.year(),
                languages, formats,
                match.lowestCentimes() == null ? null : BigDecimal.valueOf(match.lowestCentimes(), 2),
                match.available(),
                doc.get(CatalogueDocument.COVER));
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            analyzers.close();
        }
    }
}
