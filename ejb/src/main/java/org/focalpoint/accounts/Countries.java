package org.focalpoint.accounts;

import java.text.Collator;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The ISO 3166-1 alpha-2 country codes a person can choose from, named in English. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private static final Map<String, String> BY_NAME = Collections.unmodifiableMap(Arrays.stream(Locale.getISOCountries())
            .sorted(Comparator.comparing(Countries::name, Collator.getInstance(Locale.ENGLISH)))
            .collect(Collectors.toMap(c -> c, Countries::name, (a, b) -> a, LinkedHashMap::new)));

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    /** Code to English name, in the order of the names, for a select list. */
    public static Map<String, String> byName() {
        return BY_NAME;
    }

    public static String name(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
