package org.focalpoint.mailbox.reading;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for matching wording: lower case, no accents, no quotes, one kind of hyphen and
 * apostrophe, lines joined. People write “opt-in”, "opt in", opt‑in (a non-breaking hyphen, as
 * the circular itself does) or adhérer/adherer; after folding one pattern finds them all.
 */
final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\u00ad]");
    private static final Pattern QUOTES = Pattern.compile("[\"“”„‟«»‹›`´'‘’‚‛]");
    /** Abbreviations' periods are no sentence ends: "S.A. wishes", "Ltd. hereby". */
    private static final Pattern INITIAL_PERIOD = Pattern.compile("\\b(\\p{L})\\.(?=\\p{L}\\.|\\s|,|$)");
    private static final Pattern ABBREVIATION_PERIOD = Pattern.compile("\\b(inc|ltd|co|corp|plc|dr|mr|mrs|ms|prof|st|no|nr|sgd)\\.");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folding() {
    }

    static String fold(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = DASHES.matcher(s).replaceAll("-");
        s = QUOTES.matcher(s).replaceAll(" ");
        s = INITIAL_PERIOD.matcher(s).replaceAll("$1");
        s = ABBREVIATION_PERIOD.matcher(s).replaceAll("$1");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
