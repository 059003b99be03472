package org.focalpoint.shop;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Marks in a found text the words the search matched: the text is analysed as it was indexed, and
 * a word is marked where its analysis is one of the words searched in that language (or, for a
 * word taken as a typo, one edit away from it), so "Réseaux" is marked for "reseau". The pieces
 * keep the text exactly as written.
 */
final class Marking {

    /** About three lines of a result list. */
    static final int PASSAGE_LENGTH = 240;
    /** How much of the text before the first match a passage keeps, for context. */
    private static final int LEAD = 60;
    private static final String ELLIPSIS = "…";

    private final LanguageAnalyzers analyzers;
    private final SearchWords words;

    Marking(LanguageAnalyzers analyzers, SearchWords words) {
        this.analyzers = analyzers;
        this.words = words;
    }

    /** The whole text in pieces, the matched words marked. */
    List<Marked> whole(String text, EditionLanguage language) {
        return whole(text, matches(text, language));
    }

    /** The whole text in pieces, marked where {@link #matches} found the words. */
    static List<Marked> whole(String text, List<Integer> spans) {
        return pieces(text, spans, 0, text.length());
    }

    /** A passage of about {@value #PASSAGE_LENGTH} characters from the first match on (or from the start), cut between words. */
    List<Marked> passage(String text, EditionLanguage language) {
        if (text.length() <= PASSAGE_LENGTH) {
            return whole(text, language);
        }
        List<Integer> spans = matches(text, language);
        int start = 0;
        if (!spans.isEmpty() && spans.get(0) > LEAD) {
            start = wordStart(text, spans.get(0) - LEAD);
        }
        int end = Math.min(text.length(), start + PASSAGE_LENGTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        List<Marked> pieces = new ArrayList<>();
        if (start > 0) {
            pieces.add(new Marked(ELLIPSIS, false));
        }
        pieces.addAll(pieces(text, spans, start, end));
        if (end < text.length()) {
            pieces.add(new Marked(ELLIPSIS, false));
        }
        return pieces;
    }

    private static int wordStart(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? from : space + 1;
    }

    /** The matched words' start and end offsets, in pairs, in order (as many matches as pairs). */
    List<Integer> matches(String text, EditionLanguage language) {
        Set<SearchWords.Word> searched = words.in(language);
        List<Integer> spans = new ArrayList<>();
        if (searched.isEmpty() || text == null || text.isEmpty() || (latin(searched) && !hasLatin(text))) {
            return spans;
        }
        boolean typos = searched.stream().anyMatch(SearchWords.Word::fuzzy);
        // the stemmed and the unstemmed analyses give the same words in the same order, so they are read side by side
        try (TokenStream tokens = analyzers.of(language).tokenStream("", text);
             TokenStream plainTokens = typos ? analyzers.plain(language).tokenStream("", text) : null) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            CharTermAttribute plain = plainTokens == null ? null : plainTokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            if (plainTokens != null) {
                plainTokens.reset();
            }
            while (tokens.incrementToken()) {
                String asWritten = plainTokens != null && plainTokens.incrementToken() ? plain.toString() : null;
                if (matched(term.toString(), asWritten, searched)) {
                    int start = offset.startOffset();
                    int end = offset.endOffset();
                    if (!spans.isEmpty() && spans.get(spans.size() - 1) >= start) {
                        spans.set(spans.size() - 1, Math.max(end, spans.get(spans.size() - 1)));
                    } else {
                        spans.add(start);
                        spans.add(end);
                    }
                }
            }
            tokens.end();
            if (plainTokens != null) {
                plainTokens.end();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }

    /** Latin words are marked only in a text with Latin letters or digits: a Chinese title need not be cut into words for them. */
    private static boolean latin(Set<SearchWords.Word> searched) {
        return searched.stream().allMatch(word -> word.term().chars().allMatch(c -> c < 0x250));
    }

    private static boolean hasLatin(String text) {
        return text.chars().anyMatch(c -> c < 0x250 && Character.isLetterOrDigit(c));
    }

    private static boolean matched(String term, String asWritten, Set<SearchWords.Word> searched) {
        for (SearchWords.Word word : searched) {
            if (word.term().equals(term) || (word.fuzzy() && (withinOneEdit(word.term(), term)
                    || (asWritten != null && withinOneEdit(word.plain(), asWritten))))) {
                return true;
            }
        }
        return false;
    }

    private static List<Marked> pieces(String text, List<Integer> spans, int from, int to) {
        List<Marked> pieces = new ArrayList<>();
        int at = from;
        for (int i = 0; i < spans.size(); i += 2) {
            int start = Math.max(spans.get(i), from);
            int end = Math.min(spans.get(i + 1), to);
            if (end <= start) {
                continue;
            }
            if (start > at) {
                pieces.add(new Marked(text.substring(at, start), false));
            }
            pieces.add(new Marked(text.substring(start, end), true));
            at = end;
        }
        if (at < to) {
            pieces.add(new Marked(text.substring(at, to), false));
        }
        return pieces;
    }

    /** One letter replaced, added, dropped, or two neighbours swapped, as FuzzyQuery counts an edit. */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < Math.min(la, lb) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (la == lb) {
            if (a.substring(prefix + 1).equals(b.substring(prefix + 1))) {
                return true;
            }
            return prefix + 1 < la && a.charAt(prefix) == b.charAt(prefix + 1) && a.charAt(prefix + 1) == b.charAt(prefix)
                    && a.substring(prefix + 2).equals(b.substring(prefix + 2));
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        return longer.substring(prefix + 1).equals(shorter.substring(prefix));
    }
}
