package org.focalpoint.words;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One bundle's texts in one language and one zone, each pattern compiled once: a page writes
 * hundreds of texts from a few dozen patterns, and compiling a pattern costs more than writing it.
 * ICU's formats are not safe across threads, so a wording serves one request or one mail.
 */
public final class Wording {

    private final Words words;
    private final Locale locale;
    private final ZoneId zone;
    private final Dates dates;
    private final Map<String, MessageFormat> compiled = new HashMap<>();

    Wording(Words words, Locale locale, ZoneId zone) {
        this.words = words;
        this.locale = locale;
        this.zone = zone;
        this.dates = Dates.of(locale, zone);
    }

    public boolean isIn(Locale locale, ZoneId zone) {
        return this.locale.equals(locale) && this.zone.equals(zone);
    }

    public String text(String key, Object... arguments) {
        Object[] written = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            written[i] = Words.written(arguments[i], locale, dates);
        }
        return compiled.computeIfAbsent(key,
                k -> new MessageFormat(words.pattern(locale, k), ULocale.forLocale(locale))).format(written);
    }
}
