package org.focalpoint.words;

import java.util.Locale;

/**
 * A value a person reads by its name, such as a sector or a state: the words are in the labels
 * bundle ({@code org/focalpoint/words/labels.properties}) under {@code group.CONSTANT}, so a language
 * is added without touching the enum. Given to {@link Words} as an argument, it is written in the
 * language of the text around it.
 */
public interface Labelled {

    /** The first part of every key of the enum, e.g. {@code sector} for {@code sector.ITU_T}. */
    String labelGroup();

    /** Implemented by every enum. */
    String name();

    default String labelKey() {
        return labelGroup() + "." + name();
    }

    default String label(Locale locale) {
        return new Words(Words.LABELS).text(locale, labelKey());
    }
}
