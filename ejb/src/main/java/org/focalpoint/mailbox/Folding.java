package org.focalpoint.mailbox;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folded for matching wording: lower case, no accents, no quotes, one kind of hyphen and
 * apostrophe, lines joined. People write “opt-in”, "opt in", opt‑in (a non-breaking hyphen, as
 * the circular itself does) or adhérer/adherer; after folding one pattern finds them all.
 */
final class Folding {

    private Folding() {
    }

    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT);
        s = s.replaceAll("[\\u2010-\\u2015\\u2212\\u00ad]", "-");
        s = s.replaceAll("[\"“”„‟«»‹›`´'‘’‚‛]", " ");
        // abbreviations' periods are no sentence ends: "S.A. wishes", "Ltd. hereby"
        s = s.replaceAll("\\b(\\p{L})\\.(?=\\p{L}\\.|\\s|,|$)", "$1");
        s = s.replaceAll("\\b(inc|ltd|co|corp|plc|dr|mr|mrs|ms|prof|st|no|nr|sgd)\\.", "$1");
        return s.replaceAll("\\s+", " ").strip();
    }
}
