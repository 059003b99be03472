package org.focalpoint.mailbox.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An organization's name reduced to what identifies it, so that "The Example Telecom Co., Ltd."
 * and "example telecom" are one name: no case, accents or punctuation, "&amp;" read as "and",
 * no leading article and no trailing legal form (Inc., Ltd, LLC, GmbH, AG, S.A., SAS, S.p.A.,
 * B.V., N.V., plc, Corp., Corporation, Co., Limited, Oy, AB, K.K. …). Initials written with
 * periods or spaces ("S. A.", "S.p.A.") are joined first, so that they read as the legal form.
 */
final class OrganizationName {

    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "ltd", "limited", "llc", "llp", "lp",
            "gmbh", "ag", "kg", "sa", "sas", "sarl", "spa", "srl", "sl", "bv", "nv", "plc", "corp", "corporation", "co",
            "oy", "oyj", "ab", "kk", "pty", "pte", "se", "asa", "as", "aps", "kabushiki", "kaisha");
    /** "s.p.a.", "s. a.", "k.k." */
    private static final Pattern INITIALS = Pattern.compile("\\b\\p{L}(?:\\.\\s?\\p{L}\\b)+\\.?");
    private static final Set<String> ARTICLES = Set.of("the", "la", "le", "les", "l", "el", "los", "las");

    private OrganizationName() {
    }

    /** The name's words after reduction; never empty for a name with a letter or digit. */
    static List<String> words(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        s = s.replace("&", " and ").replace("+", " and ");
        s = s.replaceAll("['’`]", "");
        s = INITIALS.matcher(s).replaceAll(m -> m.group().replaceAll("[.\\s]", ""));
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>(Arrays.asList(s.split(" ")));
        List<String> whole = List.copyOf(words);
        while (words.size() > 1 && ARTICLES.contains(words.get(0))) {
            words.remove(0);
        }
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words.isEmpty() ? whole : words;
    }

    static String key(String name) {
        return String.join(" ", words(name));
    }
}
