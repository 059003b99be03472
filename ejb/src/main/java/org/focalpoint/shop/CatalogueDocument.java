package org.focalpoint.shop;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A publication's one document in the index: its texts in per-language fields (the publication's
 * own in its text language, each edition's own title in the edition's language), its product
 * number as one exact term, and in doc values what filtering, counting and ordering read for every
 * match (category, series, year, creation, title order, and its editions packed in a few bytes
 * each), so that a search never reads the database.
 */
final class CatalogueDocument {

    static final String ID = "id";
    static final String PUBLICATION = "publication";
    static final String STAMP = "stamp";
    static final String NUMBER = "number";
    static final String CATEGORY = "category";
    static final String SERIES = "series";
    static final String YEAR = "year";
    static final String CREATED = "created";
    static final String TITLE_ORDER = "title_order";
    static final String EDITIONS = "editions";
    static final String TITLE = "title";
    static final String SUBTITLE = "subtitle";
    static final String ABSTRACT = "abstract";
    static final String TEXT_LANGUAGE = "text_language";
    static final String EDITION_TITLE = "edition_title";
    static final String COVER = "cover";
    /** All of a language's texts of the publication, words unstemmed, where a typo is also looked for. */
    static final String WORDS = "words";

    private static final FieldType WORDS_TYPE = wordsType();

    /** The searched texts, each with its weight in the score: a title says more than an abstract. */
    enum Text {
        TITLE(4f), SUBTITLE(2f), KEYWORDS(2f), ABSTRACT(1f);

        final float boost;

        Text(float boost) {
            this.boost = boost;
        }

        String field(EditionLanguage language) {
            return name().toLowerCase(Locale.ROOT) + "." + language.code();
        }
    }

    private static final EditionLanguage[] LANGUAGES = EditionLanguage.values();
    private static final EditionFormat[] FORMATS = EditionFormat.values();
    private static final Availability[] AVAILABILITIES = Availability.values();

    private CatalogueDocument() {
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    /** Every text field analysed with its own language's analyzer. */
    static Analyzer indexAnalyzer(LanguageAnalyzers analyzers) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (EditionLanguage language : EditionLanguage.values()) {
            for (Text text : Text.values()) {
                perField.put(text.field(language), analyzers.of(language));
            }
            perField.put(words(language), analyzers.plain(language));
        }
        return new PerFieldAnalyzerWrapper(analyzers.of(EditionLanguage.ENGLISH), perField);
    }

    static Document of(IndexedPublication publication) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(publication.id()), Field.Store.NO));
        doc.add(new StoredField(PUBLICATION, publication.id()));
        doc.add(new NumericDocValuesField(PUBLICATION, publication.id()));
        doc.add(new NumericDocValuesField(STAMP, publication.stamp()));
        doc.add(new StringField(NUMBER, publication.productNumber(), Field.Store.YES));
        doc.add(new NumericDocValuesField(CATEGORY, publication.category().ordinal()));
        doc.add(new StoredField(CATEGORY, publication.category().name()));
        if (publication.series() != null && !publication.series().isBlank()) {
            doc.add(new SortedDocValuesField(SERIES, new BytesRef(publication.series())));
            doc.add(new StoredField(SERIES, publication.series()));
        }
        doc.add(new NumericDocValuesField(YEAR, publication.year()));
        doc.add(new StoredField(YEAR, publication.year()));
        doc.add(new NumericDocValuesField(CREATED, publication.createdAt().toEpochMilli()));
        doc.add(new SortedDocValuesField(TITLE_ORDER, new BytesRef(titleOrder(publication.title()))));
        BytesRef editions = encode(publication.editions());
        doc.add(new BinaryDocValuesField(EDITIONS, editions));
        doc.add(new StoredField(EDITIONS, editions));
        if (publication.coverImage() != null) {
            doc.add(new StoredField(COVER, publication.coverImage()));
        }

        EditionLanguage language = publication.textLanguage();
        doc.add(new StoredField(TEXT_LANGUAGE, language.name()));
        doc.add(new StoredField(TITLE, publication.title()));
        text(doc, Text.TITLE, language, publication.title());
        if (publication.subtitle() != null) {
            doc.add(new StoredField(SUBTITLE, publication.subtitle()));
            text(doc, Text.SUBTITLE, language, publication.subtitle());
        }
        if (publication.abstractText() != null) {
            doc.add(new StoredField(ABSTRACT, publication.abstractText()));
            text(doc, Text.ABSTRACT, language, publication.abstractText());
        }
        text(doc, Text.KEYWORDS, language, publication.keywords());
        for (IndexedEdition edition : publication.editions()) {
            if (edition.title() != null && !edition.title().isBlank()) {
                text(doc, Text.TITLE, edition.language(), edition.title());
                doc.add(new StoredField(EDITION_TITLE, edition.language().name() + ":" + edition.title()));
            }
        }
        return doc;
    }

    static String words(EditionLanguage language) {
        return WORDS + "." + language.code();
    }

    private static void text(Document doc, Text text, EditionLanguage language, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new TextField(text.field(language), value, Field.Store.NO));
            doc.add(new Field(words(language), value, WORDS_TYPE));
        }
    }

    /** Only whether a word is there: a typo's matches are scored by their closeness, not their frequency. */
    private static FieldType wordsType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /** The order of titles: letters without their accents or case, so that "Économie" files beside "economie". */
    static String titleOrder(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+", "");
        return folded.length() > 200 ? folded.substring(0, 200) : folded;
    }

    /** Each edition as four small numbers: language, format, availability and price in centimes. */
    static BytesRef encode(List<IndexedEdition> editions) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(editions.size());
            for (IndexedEdition edition : editions) {
                out.writeByte((byte) edition.language().ordinal());
                out.writeByte((byte) edition.format().ordinal());
                out.writeByte((byte) edition.availability().ordinal());
                out.writeVLong(edition.priceCentimes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** The editions {@link #encode} packed, without their titles. */
    static List<IndexedEdition> decode(BytesRef bytes) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        int count = in.readVInt();
        List<IndexedEdition> editions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            editions.add(new IndexedEdition(LANGUAGES[in.readByte()], FORMATS[in.readByte()],
                    AVAILABILITIES[in.readByte()], in.readVLong(), null));
        }
        return editions;
    }

    static List<IndexedEdition> editions(Document stored) {
        return decode(stored.getBinaryValue(EDITIONS));
    }

    /** The titles of a stored document in their languages: its own first, then its editions'. */
    static List<Map.Entry<EditionLanguage, String>> titles(Document stored) {
        List<Map.Entry<EditionLanguage, String>> titles = new ArrayList<>();
        titles.add(Map.entry(EditionLanguage.valueOf(stored.get(TEXT_LANGUAGE)), stored.get(TITLE)));
        for (IndexableField field : stored.getFields(EDITION_TITLE)) {
            String value = field.stringValue();
            int colon = value.indexOf(':');
            titles.add(Map.entry(EditionLanguage.valueOf(value.substring(0, colon)), value.substring(colon + 1)));
        }
        return titles;
    }
}
