package org.focalpoint.persistence;

import java.util.Locale;

/** Patterns for JPQL {@code LIKE ... escape '!'} searches, matched against lower-cased columns. */
public final class Like {

    private Like() {
    }

    /**
     * "Contains", whatever the case: what the person typed is matched literally, so "%" or "_"
     * find themselves, not everything. Null when nothing was typed.
     */
    public static String containing(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String literal = typed.trim().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + literal + "%";
    }
}
