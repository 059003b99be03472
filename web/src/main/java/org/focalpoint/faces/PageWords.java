package org.focalpoint.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.focalpoint.time.Viewer;
import org.focalpoint.words.Dates;
import org.focalpoint.words.Labelled;
import org.focalpoint.words.Wording;
import org.focalpoint.words.Words;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The pages' texts with arguments ({@code org/focalpoint/words/pages.properties}), in the view's
 * language: {@code #{words.text('key', a, b)}} on a page, {@link #text} in a bean. One overload per
 * number of arguments, since EL picks a method by its argument count. A sector, state or kind is
 * named through the labels bundle: {@code #{words.label(sector)}}. Moments are written in the
 * reader's time zone ({@code #{viewer.zone}}, see {@code time.Viewer}). The request's texts share one
 * {@link Wording} per bundle, so that a pattern a page repeats in every row is compiled once.
 */
@Named("words")
@RequestScoped
public class PageWords {

    static final String PAGES = "org.focalpoint.words.pages";

    /** Loaded by this module's classes: the ejb module, where Words lives, cannot see the WAR's resources. */
    private static final Words WORDS = new Words(PAGES, PageWords.class.getClassLoader());

    private static final Words LABELS = new Words(Words.LABELS);

    @Inject
    private Viewer viewer;

    private Wording pages;

    private Wording labels;

    public String text(String key) {
        return pages().text(key);
    }

    public String text(String key, Object a) {
        return pages().text(key, a);
    }

    public String text(String key, Object a, Object b) {
        return pages().text(key, a, b);
    }

    public String text(String key, Object a, Object b, Object c) {
        return pages().text(key, a, b, c);
    }

    /** Dates and moments written the platform's way in the view's language and the reader's zone. */
    public Dates dates() {
        return Dates.of(viewLocale(), viewer.getZone());
    }

    /** The zone the reader reads times in: the days they pick are days of it. */
    public ZoneId zone() {
        return viewer.getZone();
    }

    public String label(Labelled value) {
        labels = current(labels, LABELS);
        return labels.text(value.labelKey());
    }

    /** A label whose words take values, such as why a price is what it is. */
    public String label(Labelled value, List<?> arguments) {
        labels = current(labels, LABELS);
        return labels.text(value.labelKey(), arguments.toArray());
    }

    private Wording pages() {
        pages = current(pages, WORDS);
        return pages;
    }

    /** Made again when the view's language changes within the request, as when a person picks another. */
    private Wording current(Wording wording, Words words) {
        Locale locale = viewLocale();
        ZoneId zone = viewer.getZone();
        return wording != null && wording.isIn(locale, zone) ? wording : words.in(locale, zone);
    }

    public static Locale viewLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** Through EL, so that a message written outside a bean (see {@link PageMessages}) finds the same reader. */
    static ZoneId viewZone() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().evaluateExpressionGet(context, "#{viewer.zone}", ZoneId.class);
    }

    static String inView(String key, Object... arguments) {
        return WORDS.text(viewLocale(), viewZone(), key, arguments);
    }
}
