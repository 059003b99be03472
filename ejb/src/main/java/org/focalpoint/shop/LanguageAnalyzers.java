package org.focalpoint.shop;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.RussianStemmer;

import java.io.Reader;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Each of the six languages' analysis, the same for what is indexed and what is asked, so that a
 * word is found however it is inflected, accented or cased. Accents are folded before stemming, so
 * that a word typed without its accents reaches the same stem as the accented one. Russian keeps
 * й apart from и (a diacritic folding would merge them) and reads ё as е, as most people type it;
 * Arabic drops its diacritics and tatweel and writes every alef, ya and ta marbuta alike; Chinese
 * is cut into words by SmartChineseAnalyzer's dictionary. Latin words inside any text (ITU-T, 5G,
 * names) are folded and lower-cased in every language.
 */
final class LanguageAnalyzers {

    private static final NormalizeCharMap YO_AS_YE = yoAsYe();
    /** The Chinese tokenizer cuts a Latin word at its first accented letter: the accents go before it reads. */
    private static final NormalizeCharMap LATIN_FOLDED = latinFolded();

    private final Map<EditionLanguage, Analyzer> analyzers = new EnumMap<>(EditionLanguage.class);
    private final Map<EditionLanguage, Analyzer> plain = new EnumMap<>(EditionLanguage.class);

    LanguageAnalyzers() {
        language(EditionLanguage.ENGLISH, StandardTokenizer::new, null,
                tokens -> new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(tokens))),
                        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET),
                PorterStemFilter::new);
        language(EditionLanguage.FRENCH, StandardTokenizer::new, null,
                tokens -> new ASCIIFoldingFilter(new StopFilter(new LowerCaseFilter(new ElisionFilter(tokens,
                        FrenchAnalyzer.DEFAULT_ARTICLES)), FrenchAnalyzer.getDefaultStopSet())),
                FrenchLightStemFilter::new);
        language(EditionLanguage.SPANISH, StandardTokenizer::new, null,
                tokens -> new ASCIIFoldingFilter(new StopFilter(new LowerCaseFilter(tokens), SpanishAnalyzer.getDefaultStopSet())),
                SpanishLightStemFilter::new);
        language(EditionLanguage.RUSSIAN, StandardTokenizer::new, YO_AS_YE,
                tokens -> new ASCIIFoldingFilter(new StopFilter(new LowerCaseFilter(tokens), yoAsYe(RussianAnalyzer.getDefaultStopSet()))),
                tokens -> new SnowballFilter(tokens, new RussianStemmer()));
        language(EditionLanguage.ARABIC, StandardTokenizer::new, null,
                tokens -> new ASCIIFoldingFilter(new ArabicNormalizationFilter(new StopFilter(new DecimalDigitFilter(
                        new LowerCaseFilter(tokens)), ArabicAnalyzer.getDefaultStopSet()))),
                ArabicStemFilter::new);
        language(EditionLanguage.CHINESE, HMMChineseTokenizer::new, LATIN_FOLDED,
                tokens -> new StopFilter(new LowerCaseFilter(new CJKWidthFilter(tokens)), SmartChineseAnalyzer.getDefaultStopSet()),
                PorterStemFilter::new);
    }

    /** The language's analysis: its words normalised, then stemmed. */
    Analyzer of(EditionLanguage language) {
        return analyzers.get(language);
    }

    /**
     * The same without stemming: a typo near a word's end can change what the stemmer cuts off
     * ("economei" is no "econom"), so a typo is also looked for among the words as written.
     */
    Analyzer plain(EditionLanguage language) {
        return plain.get(language);
    }

    void close() {
        analyzers.values().forEach(Analyzer::close);
        plain.values().forEach(Analyzer::close);
    }

    private void language(EditionLanguage language, Supplier<Tokenizer> tokenizer, NormalizeCharMap chars,
                          Function<TokenStream, TokenStream> normalise, Function<TokenStream, TokenStream> stem) {
        analyzers.put(language, analyzer(tokenizer, normalise.andThen(stem), chars));
        plain.put(language, analyzer(tokenizer, normalise, chars));
    }

    private static Analyzer analyzer(Supplier<Tokenizer> tokenizer, Function<TokenStream, TokenStream> filters,
                                     NormalizeCharMap chars) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return chars == null ? reader : new MappingCharFilter(chars, reader);
            }
        };
    }

    private static NormalizeCharMap yoAsYe() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("ё", "е");
        map.add("Ё", "Е");
        return map.build();
    }

    private static NormalizeCharMap latinFolded() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        char[] output = new char[4];
        for (char c = '\u00C0'; c <= '\u024F'; c++) {
            int length = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, output, 0, 1);
            String folded = new String(output, 0, length);
            if (!folded.equals(String.valueOf(c))) {
                map.add(String.valueOf(c), folded);
            }
        }
        return map.build();
    }

    /** The stop words as they are met once ё is read as е. */
    private static CharArraySet yoAsYe(CharArraySet stopWords) {
        CharArraySet mapped = new CharArraySet(stopWords.size(), false);
        for (Object word : stopWords) {
            mapped.add(new String((char[]) word).replace('ё', 'е'));
        }
        return mapped;
    }
}
