package org.focalpoint.mailbox;

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
            + "(?:de|du|des|d['’])|en nombre (?:de|del)|en representaci[óo]n (?:de|del))\\s*(?<org>.+?)"
            + "(?=\\s*(?:[,;:()]|\\.\\s|\\.$|\\n|\\s[-–—]\\s|\\s(?:I|we|je|j['’]|nous|yo|nosotros|hereby|would|wish|wishes"
            + "|request|requests|asks?|souhaite|souhaitons|desea|deseo|deseamos|solicita|solicito|solicitamos)\\b)|$)", I);
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|la|le|les|l['’]|el|los|las)\\s*", I);
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
        Matcher m = ON_BEHALF.matcher(text.replaceAll("[ \\t]*\\n(?!\\s*\\n)[ \\t]*", " "));
        while (m.find()) {
            String name = cleaned(m.group("org"));
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Whether the text fills the annex's "On behalf of [member organization]" with nothing. */
    static boolean leftAsPlaceholder(String text) {
        Matcher m = ON_BEHALF.matcher(text);
        while (m.find()) {
            if (PLACEHOLDER.matcher(m.group("org").strip()).matches()) {
                return true;
            }
        }
        return false;
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
