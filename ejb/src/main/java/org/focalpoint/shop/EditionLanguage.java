package org.focalpoint.shop;

import org.focalpoint.words.Labelled;

/** The six official languages of the Union, in which ITU publishes. */
public enum EditionLanguage implements Labelled {
    ARABIC("ar"),
    CHINESE("zh"),
    ENGLISH("en"),
    FRENCH("fr"),
    RUSSIAN("ru"),
    SPANISH("es");

    private final String code;

    EditionLanguage(String code) {
        this.code = code;
    }

    /** The language's ISO 639-1 code, as catalogue files and the search analyzers name it. */
    public String code() {
        return code;
    }

    /** The language a code names, or null for a code that is none of the six. */
    public static EditionLanguage ofCode(String code) {
        for (EditionLanguage language : values()) {
            if (language.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return language;
            }
        }
        return null;
    }

    @Override
    public String labelGroup() {
        return "edition-language";
    }
}
