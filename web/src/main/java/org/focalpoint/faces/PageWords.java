package org.focalpoint.faces;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.focalpoint.words.Dates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The pages' texts with arguments ({@code org/focalpoint/words/pages.properties}), in the view's
 * language: {@code #{words.text('key', a, b)}} on a page, {@link #text} in a bean. One overload per
 * number of arguments, since EL picks a method by its argument count.
 * <p>
 * It renders the way {@link org.focalpoint.words.Words} does, but loads the bundle itself: Words
 * loads through the ejb module's class loader, which cannot see the web module's classes and
 * resources, so it would not find the pages' bundle in the deployed EAR.
 */
@Named("words")
@RequestScoped
public class PageWords {

    static final String PAGES = "org.focalpoint.words.pages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String text(String key) {
        return inView(key);
    }

    public String text(String key, Object a) {
        return inView(key, a);
    }

    public String text(String key, Object a, Object b) {
        return inView(key, a, b);
    }

    public String text(String key, Object a, Object b, Object c) {
        return inView(key, a, b, c);
    }

    static Locale viewLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String inView(String key, Object... arguments) {
        return in(viewLocale(), key, arguments);
    }

    /** A key the bundle lacks throws: a programming error, shown loudly rather than as a key on the page. */
    static String in(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(PAGES, locale, PageWords.class.getClassLoader(), NO_FALLBACK)
                .getString(key);
        Dates dates = new Dates(locale);
        Object[] written = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            written[i] = arguments[i] instanceof LocalDate date ? dates.day(date)
                    : arguments[i] instanceof Instant instant ? dates.moment(instant)
                    : arguments[i];
        }
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(written);
    }
}
