package org.focalpoint.words;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.focalpoint.time.TimeZones;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One bundle of patterns (e.g. {@link #REFUSALS}), rendered in a given language. The JDK caches
 * the bundles it loads, so a Words is cheap to make. A key the bundle lacks is a programming error
 * and fails loudly rather than showing the person a key.
 */
public final class Words {

    /** The language of every text until a person's language is known. */
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** What services refuse, thrown as {@link org.focalpoint.RuleViolation}. */
    public static final String REFUSALS = "org.focalpoint.words.refusals";

    /** The names of values, such as sectors and states ({@link Labelled}). */
    public static final String LABELS = "org.focalpoint.words.labels";

    private static final ResourceBundle.Control FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String bundle;
    private final ClassLoader loader;

    public Words(String bundle) {
        this(bundle, Words.class.getClassLoader());
    }

    /** A bundle of a module this one cannot see (the web module's pages), loaded by that module's classes. */
    public Words(String bundle, ClassLoader loader) {
        this.bundle = bundle;
        this.loader = loader;
    }

    /** The text, its moments written in UTC: for a mail or a refusal, whose reader's zone is not known here. */
    public String text(Locale locale, String key, Object... arguments) {
        return text(locale, TimeZones.UTC, key, arguments);
    }

    /** The text, its moments written in the reader's zone. */
    public String text(Locale locale, ZoneId zone, String key, Object... arguments) {
        return in(locale, zone).text(key, arguments);
    }

    /** For many texts in one language and zone, such as a page's: see {@link Wording}. */
    public Wording in(Locale locale, ZoneId zone) {
        return new Wording(this, locale, zone);
    }

    public String text(Locale locale, String key, Map<String, ?> arguments) {
        Dates dates = Dates.of(locale);
        Map<String, Object> written = new HashMap<>();
        arguments.forEach((name, value) -> written.put(name, written(value, locale, dates)));
        return new MessageFormat(pattern(locale, key), ULocale.forLocale(locale)).format(written);
    }

    public boolean has(String key) {
        return load(ENGLISH).containsKey(key);
    }

    String pattern(Locale locale, String key) {
        try {
            return load(locale).getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalArgumentException(bundle + ": " + key + " (" + locale + ")", missing);
        }
    }

    /**
     * A date or a moment is written the platform's way ({@link Dates#day}, {@link Dates#moment});
     * a moment wanted briefer is passed already written. A labelled value is named in the text's language.
     */
    static Object written(Object argument, Locale locale, Dates dates) {
        if (argument instanceof Labelled labelled) {
            return labelled.label(locale);
        }
        if (argument instanceof LocalDate date) {
            return dates.day(date);
        }
        if (argument instanceof Instant instant) {
            return dates.moment(instant);
        }
        return argument;
    }

    /** A language without a file of its own falls back to English, never to the server's language. */
    private ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(bundle, locale, loader, FALLBACK);
    }
}
