package org.focalpoint.shop;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a person typed, as each language's analysis reads them, and the query they make. What
 * was typed is only ever cut into words and analysed, never parsed: quotes, stars and operators are
 * characters like any other. Every word must be found, in one of the languages (a word of Chinese,
 * Arabic or Cyrillic script only in its own); a word some language's analysis drops (the, de, и)
 * is not required. A word the index knows in no language is taken as a typo: where it is long enough
 * and not Chinese, it finds the words one edit away from it. Nine digits also find the publication of that product
 * number, and nine digits alone find only it.
 */
final class SearchWords {

    /** What is read of a text at most; the rest is ignored. */
    static final int MAX_TEXT = 10_000;
    /** Fewer letters are too few to tell a typo from another word. */
    private static final int FUZZY_FROM_LENGTH = 4;
    private static final int FUZZY_EXPANSIONS = 3;
    /** Lucene refuses a query of more than 1,024 clauses; the words past this many are not searched. */
    private static final int CLAUSE_BUDGET = 800;
    /** The analysed words one typed word may give (a long Chinese phrase, a very long string); the rest are not required. */
    private static final int TERMS_PER_WORD = 8;
    private static final float NUMBER_BOOST = 20f;
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A word as the index holds it, stemmed and (for a typo, whose neighbours also match it) as written. */
    record Word(String term, boolean fuzzy, String plain) {
    }

    private final Query query;
    private final Map<EditionLanguage, Set<Word>> words;

    private SearchWords(Query query, Map<EditionLanguage, Set<Word>> words) {
        this.query = query;
        this.words = words;
    }

    /** The query of the words typed, or null when there is none to search (everything is found). */
    Query query() {
        return query;
    }

    /** The words searched in a language's fields. */
    Set<Word> in(EditionLanguage language) {
        return words.getOrDefault(language, Set.of());
    }

    static SearchWords of(String typed, LanguageAnalyzers analyzers, IndexReader reader) {
        String text = typed.length() > MAX_TEXT ? typed.substring(0, MAX_TEXT) : typed;
        text = text.strip();
        Map<EditionLanguage, Set<Word>> words = new EnumMap<>(EditionLanguage.class);
        if (NINE_DIGITS.matcher(text).matches()) {
            return new SearchWords(new TermQuery(new Term(CatalogueDocument.NUMBER, text)), words);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        boolean any = false;
        for (String chunk : SPACES.split(text)) {
            if (chunk.isEmpty()) {
                continue;
            }
            Map<EditionLanguage, List<String>> analysed = new EnumMap<>(EditionLanguage.class);
            Map<EditionLanguage, List<String>> written = new EnumMap<>(EditionLanguage.class);
            boolean dropped = false;
            for (EditionLanguage language : languagesOf(chunk)) {
                List<String> terms = first(analyse(analyzers.of(language), chunk));
                dropped |= terms.isEmpty();
                analysed.put(language, terms);
                written.put(language, first(analyse(analyzers.plain(language), chunk)));
            }
            if (dropped) {
                continue;
            }
            boolean typo = analysed.entrySet().stream().noneMatch(entry -> known(reader, entry.getKey(), entry.getValue()));
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            int chunkClauses = 0;
            Map<EditionLanguage, List<Word>> chunkWords = new EnumMap<>(EditionLanguage.class);
            for (Map.Entry<EditionLanguage, List<String>> entry : analysed.entrySet()) {
                EditionLanguage language = entry.getKey();
                BooleanQuery.Builder each = new BooleanQuery.Builder();
                List<String> plain = written.get(language);
                for (int t = 0; t < entry.getValue().size(); t++) {
                    String term = entry.getValue().get(t);
                    String asWritten = plain.size() == entry.getValue().size() ? plain.get(t) : term;
                    boolean fuzzy = typo && fuzzy(language, term) && fuzzy(language, asWritten)
                            && !known(reader, language, List.of(term));
                    Word word = new Word(term, fuzzy, asWritten);
                    chunkWords.computeIfAbsent(language, l -> new ArrayList<>()).add(word);
                    BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
                    for (CatalogueDocument.Text field : CatalogueDocument.Text.values()) {
                        Term inField = new Term(field.field(language), term);
                        Query match = word.fuzzy() ? new FuzzyQuery(inField, 1, 0, FUZZY_EXPANSIONS, true) : new TermQuery(inField);
                        anywhere.add(new BoostQuery(match, field.boost), Occur.SHOULD);
                        chunkClauses += word.fuzzy() ? FUZZY_EXPANSIONS : 1;
                    }
                    if (word.fuzzy()) {
                        anywhere.add(new FuzzyQuery(new Term(CatalogueDocument.words(language), asWritten), 1, 0,
                                FUZZY_EXPANSIONS, true), Occur.SHOULD);
                        chunkClauses += FUZZY_EXPANSIONS;
                    }
                    each.add(anywhere.build(), Occur.MUST);
                }
                either.add(each.build(), Occur.SHOULD);
            }
            if (NINE_DIGITS.matcher(chunk).matches()) {
                either.add(new BoostQuery(new TermQuery(new Term(CatalogueDocument.NUMBER, chunk)), NUMBER_BOOST), Occur.SHOULD);
                chunkClauses++;
            }
            if (clauses + chunkClauses > CLAUSE_BUDGET) {
                break;
            }
            clauses += chunkClauses;
            chunkWords.forEach((language, list) -> words.computeIfAbsent(language, l -> new LinkedHashSet<>()).addAll(list));
            all.add(either.build(), Occur.MUST);
            any = true;
        }
        return new SearchWords(any ? all.build() : null, words);
    }

    private static List<String> first(List<String> terms) {
        return terms.size() > TERMS_PER_WORD ? terms.subList(0, TERMS_PER_WORD) : terms;
    }

    /** A word written in Chinese, Arabic or Cyrillic letters is searched in that language only. */
    private static Set<EditionLanguage> languagesOf(String chunk) {
        boolean han = false;
        boolean arabic = false;
        boolean cyrillic = false;
        for (int i = 0; i < chunk.length(); ) {
            int c = chunk.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            han |= script == Character.UnicodeScript.HAN;
            arabic |= script == Character.UnicodeScript.ARABIC;
            cyrillic |= script == Character.UnicodeScript.CYRILLIC;
            i += Character.charCount(c);
        }
        if (han) {
            return Set.of(EditionLanguage.CHINESE);
        }
        if (arabic) {
            return Set.of(EditionLanguage.ARABIC);
        }
        if (cyrillic) {
            return Set.of(EditionLanguage.RUSSIAN);
        }
        return Set.of(EditionLanguage.values());
    }

    private static boolean fuzzy(EditionLanguage language, String term) {
        return language != EditionLanguage.CHINESE && term.codePointCount(0, term.length()) >= FUZZY_FROM_LENGTH
                && term.codePoints().allMatch(Character::isLetter);
    }

    /** Whether the index holds each of the terms in some text of the language. */
    private static boolean known(IndexReader reader, EditionLanguage language, List<String> terms) {
        try {
            for (String term : terms) {
                boolean found = false;
                for (CatalogueDocument.Text field : CatalogueDocument.Text.values()) {
                    found |= reader.docFreq(new Term(field.field(language), term)) > 0;
                }
                if (!found) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> analyse(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
