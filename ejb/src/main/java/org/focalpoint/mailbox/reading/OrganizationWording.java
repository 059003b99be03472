package org.focalpoint.mailbox.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a mail names the member it writes for: "On behalf of [member organization]" in the
 * annex, "Au nom de", "En nombre de" and their variants, or a subject such as "Opt-in – X".
 * Generic words ("on behalf of my organization") and the annex's placeholder left as it is name
 * nobody.
 */
final class OrganizationWording {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ON_BEHALF = Pattern.compile("\\b(?:on behalf of|au nom (?:de|du|des|d['’])|pour le compte "
            + "(?:de|du|des|d['’])|en nombre (?:de|del)|en representaci[óo]n (?:de|del))\\s*", I);
    /** Where the name after "on behalf of" ends: punctuation, a line end, or the sentence going on ("…, I wish"). */
    private static final Pattern NAME_END = Pattern.compile("\\s*(?:[,;:()]|\\.\\s|\\.$|\\n|\\s[-–—]\\s)"
            + "|\\s(?:I|we|je|j['’]|nous|yo|nosotros|hereby|would|wish|wishes|request|requests|asks?|souhaite|souhaitons"
            + "|desea|deseo|deseamos|solicita|solicito|solicitamos)\\b", I);
    private static final int MAX_NAME = 200;
    /** A line break inside a paragraph, as wrapped mail has them; a blank line still ends the name. */
    private static final Pattern SOFT_LINE_BREAK = Pattern.compile("[ \\t]*\\n(?!\\s*\\n)[ \\t]*");
    /** A whole word only: Latvia, Lebanon and Lesotho keep their "La" and "Le". */
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:(?:the|la|le|les|el|los|las)\\s+|l['’]\\s*)", I);
    private static final Pattern GENERIC = Pattern.compile("^(?:(?:my|our|this|the|mon|ma|notre|cette|mi|nuestra|nuestro"
            + "|esta|este|su)\\s+)?(?:organi[sz]ations?|company|administration|institution|university|member|entity|firm"
            + "|soci[ée]t[ée]|entreprise|organisme|empresa|organizaci[óo]n|administraci[óo]n|entidad|institution)"
            + "(?:\\s+(?:i|that i|which i|que je|que)\\b.*)?$", I);
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\[.*]$|^member organi[sz]ation$|^organisation membre$"
            + "|^organizaci[óo]n miembro$", I);
    private static final Pattern SUBJECT_SEPARATORS = Pattern.compile("\\s[-–—|:/]\\s|:\\s|\\s(?:for|pour|para|of|de|del)\\s|[()\\[\\]]", I);
    private static final Pattern SUBJECT_NOISE = Pattern.compile("\\b(?:opt|opting|optin|request|requests|demande|solicitud"
            + "|automatic|approval|approbation|aprobaci[óo]n|circular|circulaire|tsb|itu|uit|enable|disable|withdraw\\w*"
            + "|retrait|adh[ée]sion|participation|registration|registrations|re|fwd?|tr|rv|baja|alta|retiro|inscription"
            + "|inscripci[óo]n|statutory|events?|meetings?|sector|letter|lettre|carta|approvals?)\\b", I);

    private OrganizationWording() {
    }

    /** Names written as "On behalf of X" in {@code text} (lines joined), first first. */
    static List<String> statements(String text) {
        List<String> names = new ArrayList<>();
        for (String raw : afterOnBehalf(text)) {
            String name = cleaned(raw);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Whether the text fills the annex's "On behalf of [member organization]" with nothing. */
    static boolean leftAsPlaceholder(String text) {
        return afterOnBehalf(text).stream().anyMatch(raw -> PLACEHOLDER.matcher(raw.strip()).matches());
    }

    /**
     * What follows each "on behalf of" up to where the name ends, for the first few: a real mail
     * says it once or twice, and looking no further keeps a hostile text cheap.
     */
    private static List<String> afterOnBehalf(String text) {
        String joined = SOFT_LINE_BREAK.matcher(text).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher m = ON_BEHALF.matcher(joined);
        for (int looked = 0; looked < 10 && m.find(); looked++) {
            int limit = Math.min(joined.length(), m.end() + MAX_NAME + 1);
            Matcher end = NAME_END.matcher(joined).region(m.end(), limit);
            if (end.find() && end.start() > m.end()) {
                found.add(joined.substring(m.end(), end.start()));
            } else if (limit == joined.length() && limit > m.end()) {
                found.add(joined.substring(m.end()));
            }
        }
        return found;
    }

    /** The part of a subject that names no request, such as "Example Telecom" in "Opt-in – Example Telecom". */
    static String inSubject(String subject) {
        String best = null;
        for (String segment : SUBJECT_SEPARATORS.split(subject)) {
            String s = segment.strip();
            // an organization's name starts with a capital or a digit; "baja" in "Solicitud de baja" does not
            if (s.length() >= 3 && !SUBJECT_NOISE.matcher(s).find() && !Character.isLowerCase(s.charAt(0))) {
                best = cleaned(s);
            }
        }
        return best;
    }

    private static String cleaned(String raw) {
        String name = raw.strip().replaceAll("^[\"“”'‘’«»\\s]+|[\"“”'‘’«»\\s]+$", "");
        name = LEADING_ARTICLE.matcher(name).replaceFirst("");
        if (name.length() < 2 || name.length() > 200 || GENERIC.matcher(name).matches() || PLACEHOLDER.matcher(name).matches()) {
            return null;
        }
        return name;
    }
}
