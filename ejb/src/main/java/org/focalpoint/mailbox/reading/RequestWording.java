package org.focalpoint.mailbox.reading;

import org.focalpoint.optin.RequestKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which request a folded text (see {@link Folding}) makes: opt in, opt out, both or none,
 * in English, French or Spanish.
 *
 * <p>Explicit wording ("opt in", "opt-out", "withdraw our opt-in") decides when present; only
 * without it do paraphrases count, and a paraphrase needs a verb next to the topic ("disable …
 * automatic approval", "l'approbation automatique … désactivée"), so that "enable" in "the
 * enabling of automatic approval" (the annex's opening line, in both requests) or "stop" in an
 * unrelated sentence decide nothing. Opt-out wording is looked for first and blanked, because it
 * often contains opt-in wording: "withdraw our opt-in", "ne plus participer", "no longer wish
 * to opt in".
 */
final class RequestWording {

    /** What was found: the kinds asked for (none, one or both) and the wording that asked. */
    record Found(Set<RequestKind> kinds, List<String> phrases, boolean loosely) {
        boolean isNone() {
            return kinds.isEmpty();
        }

        boolean isBoth() {
            return kinds.size() > 1;
        }

        RequestKind kind() {
            return kinds.size() == 1 ? kinds.iterator().next() : null;
        }
    }

    private static final String TOPIC = "(?:auto(?:matic(?:ally)?)?[- ]?approv\\w*|approv\\w* automatic\\w*"
            + "|approbation automatique|approuv\\w* automatiquement|validation automatique"
            + "|aprobacion automatica|aprob\\w* automaticamente"
            + "|(?:tsb )?circular (?:de la tsb )?118|circulaire (?:de la tsb )?118"
            + "|(?:this|the|that) (?:option|feature|facility|functionality|scheme|mechanism)"
            + "|cette (?:option|fonctionnalite|possibilite)|esta (?:opcion|funcionalidad|posibilidad))";

    /** A paraphrase needs the topic: without it, the long paraphrase patterns need not run. */
    private static final Pattern ANY_TOPIC = Pattern.compile(TOPIC);

    /** Phrases that mention the subject without asking anything; blanked before looking. */
    private static final List<Pattern> NEUTRAL = List.of(
            // "with respect to the enabling of automatic approval" opens both of the annex's requests
            Pattern.compile("\\b(?:with respect to|with regard to|regarding|concerning|in relation to|in connection with"
                    + "|further to|in reference to|referring to|about|as regards|au sujet de|concernant|en ce qui concerne"
                    + "|relatif a|relative a|con respecto a|con relacion a|en relacion con|respecto a|referente a|sobre)"
                    + " (?:the |l |la |el )?(?:enabling|enablement|activation|activacion|habilitacion|possibility|possibilite"
                    + "|posibilidad|option|opcion)(?: (?:of|de|d|del|to))?\\b"),
            // what a member could do, not what it asks: "we understand we can opt out at any time"
            Pattern.compile("\\b(?:can|could|may|might|will be able to|are able to|is able to|free to|possible to"
                    + "|pouvons|pouvez|peut|peuvent|pourra|pourrons|podemos|puede|pueden|podra|podran|podremos)"
                    + "(?! (?:you|vous|usted))(?: \\w+){0,3}? (?:opt|withdraw|retir|disabl|desactiv|leav|stop|se retirer"
                    + "|nous retirer|darse de baja|dar de baja|renounc|renonc|renunci)\\w*(?:[- ](?:in|out|back))?\\b"),
            // a state, not a request: "we opted in last year" (but "to be opted out" asks)
            Pattern.compile("\\b(?<!be |get )opted[- ]?(?:in|out)(?:to)?\\b"));

    /** Opt-in named as a thing rather than asked for: "the opt-in facility" is the topic. */
    private static final Pattern OPT_IN_AS_TOPIC = Pattern.compile(
            "\\bopt[- ]?in (?:option|facility|feature|functionality|mechanism|scheme|system|procedure|arrangement"
                    + "|approach|programme|program|possibility|process)\\b");

    /** The annex's choice copied without choosing: "[“opt in” to or “opt out” of]". */
    private static final Pattern CHOICE_LEFT_OPEN = Pattern.compile(
            "\\bopt[- ]?in(?: to)? (?:or|/|and|ou|o|and/or) (?:to )?(?:opt[- ]?)?out\\b|\\bopt[- ]?out(?: of)? (?:or|/|ou|o) (?:opt[- ]?)?in\\b"
                    + "|\\bopt[- ]?in ?/ ?(?:opt[- ]?)?out\\b");

    /** "opt us in", "opt our organization out" */
    private static final String WHOM = "(?:us|me|them|our \\w+)";
    /**
     * "opt Acme Wireless Inc. out of …": a name of a few words between "opt" and its particle. It
     * must not begin with a word that makes "opt" a verb of its own ("opt to remain in", "opt for"),
     * and the particle must end the request ("out of", "into", "in to", or the sentence's end), so that
     * "opt for the scheme in 2026" asks nothing.
     */
    private static final String NAMED = "(?! (?:in|into|out|to|for|not|us|me|them|our)\\b)(?: [\\w&-]+){1,8}? ";
    private static final String OUT_ENDS = "(?= of\\b| from\\b|\\s*[.,;:!]|\\s*$)";
    private static final String IN_ENDS = "(?= to\\b| for\\b| on\\b| with\\b|\\s*[.,;:!]|\\s*$)";

    private static final List<Pattern> EXPLICIT_OUT = List.of(
            Pattern.compile("\\b(?:withdraw\\w*|withdrew|cancel\\w*|revok\\w*|rescind\\w*|retract\\w*|terminat\\w*|discontinu\\w*"
                    + "|revers\\w*|put an end to|stop\\w*|annul\\w*|retir\\w*|revoqu\\w*|renonc\\w*|renunci\\w*|anular|cancelar"
                    + "|terminar|finalizar|poner fin a|mettre fin a)(?: \\w+){0,4}? opt[- ]?in\\b"),
            Pattern.compile("\\b(?:no longer|not|don t|do not|does not|never|ne plus|ne pas|ya no|no)(?: \\w+){0,3}? (?:be )?opt(?:ed)?[- ]?in\\b"),
            Pattern.compile("\\bopt[- ]?in(?: \\w+){0,4}? (?:be |to be |is to be |should be |must be )?(?:withdrawn|cancell?ed|revoked"
                    + "|terminated|ended|discontinued|removed|disabled|deactivated|stopped|annule\\w*|retire\\w*|revoque\\w*"
                    + "|cancelad[oa]|retirad[oa]|anulad[oa]|desactivad[oa])\\b"),
            Pattern.compile("\\b(?:be |get )?opt(?:s|ing|ed)?(?: " + WHOM + ")?[- ]?out\\b"),
            Pattern.compile("\\bopt(?:s|ing)?" + NAMED + "out\\b" + OUT_ENDS));

    private static final List<Pattern> EXPLICIT_IN = List.of(
            Pattern.compile("\\b(?:be |get )?opt(?:s|ing|ed)?(?: " + WHOM + ")?[- ]?in(?:to)?\\b"),
            Pattern.compile("\\bopt(?:s|ing)?" + NAMED + "(?:into\\b|in\\b" + IN_ENDS + ")"));

    private static final String OUT_VERBS = "disabl\\w*|deactivat\\w*|de-activat\\w*|desactiv\\w*|deshabilit\\w*"
            + "|turn(?:ing)? off|switch(?:ing)? off|stop\\w*|withdr[ae]w\\w*|leav(?:e|ing)|exit\\w*|unsubscrib\\w*|cancel\\w*"
            + "|discontinu\\w*|terminat\\w*|suspen[ds]\\w*|ceas\\w*|remove (?:us|our \\w+|\\w+) from|no longer (?:\\w+ to )?\\w+"
            + "|(?:do|does) not (?:wish|want)(?: to \\w+)?|don t (?:wish|want)(?: to \\w+)?|retrait|retir\\w*|mettre fin"
            + "|renonc\\w*|desinscri\\w*|desabonn\\w*|arret\\w*|sortir|annul\\w*|ne (?:plus|pas) \\w+"
            + "|dar(?:se|nos)? de baja|de baja|baja|dejar de \\w+|renunci\\w*|poner fin|salir\\w*"
            + "|no (?:deseamos|queremos|desea|quiere|seguir|continuar)(?: \\w+)?|optar por no|opter pour ne pas";
    private static final String OUT_PARTICIPLES = "disabled|deactivated|stopped|withdrawn|cancell?ed|discontinued|terminated"
            + "|suspended|ended|removed|turned off|switched off|desactivee?s?|retiree?s?|annulee?s?|arretee?s?|supprimee?s?"
            + "|desactivad[oa]s?|retirad[oa]s?|cancelad[oa]s?|anulad[oa]s?|deshabilitad[oa]s?|suspendid[oa]s?";
    private static final String IN_VERBS = "enabl\\w*|activat\\w*|activer|activez|activons|activation|activar|activacion"
            + "|activen|active (?:la|el|l)|turn(?:ing)? on|switch(?:ing)? on|join\\w*|subscrib\\w*"
            + "|sign(?:ing)? (?:us |me )?up|appl(?:y|ied|ication of) (?:the )?(?=auto)|introduc\\w*|set(?:ting)? up"
            + "|implement\\w*|participat\\w*|take part|benefit\\w*|avail\\w*|adher\\w*|adhesion|souscri\\w*|inscri\\w*"
            + "|rejoindre|particip\\w*|beneficier|mettre en place|mise en place|habilit\\w*|acoger\\w*|sumar\\w*"
            + "|incorpor\\w*|optar por|opter pour"
            + "|(?:wish|want|would like|like|request|ask)\\w*(?: \\w+){0,8}? (?:be |to be |are )?(?=approved automatically|automatically approved)";
    private static final String IN_PARTICIPLES = "enabled|activated|introduced|implemented|applied|turned on|switched on|set up"
            + "|activee?s?|mise? en place|activad[oa]s?|habilitad[oa]s?|aplicad[oa]s?";

    /** Verb, then the topic within the same sentence; or the topic, then a participle ("… be disabled"). */
    private static final Pattern OUT_PARAPHRASE = paraphrase(OUT_VERBS, OUT_PARTICIPLES);
    private static final Pattern IN_PARAPHRASE = paraphrase(IN_VERBS, IN_PARTICIPLES);
    /** Farther than this between verb and topic, a paraphrase is a looser reading. */
    private static final int CLOSE = 30;

    private RequestWording() {
    }

    private static Pattern paraphrase(String verbs, String participles) {
        return Pattern.compile("\\b(?<verb>" + verbs + ")(?<gap>[^.!?;]{0,60}?)" + TOPIC
                + "|" + TOPIC + "(?<gap2>[^.!?;]{0,40}?)\\b(?<participle>" + participles + ")\\b");
    }

    static Found in(String folded) {
        StringBuilder text = new StringBuilder(folded);
        for (Pattern p : NEUTRAL) {
            blank(text, p);
        }
        replace(text, OPT_IN_AS_TOPIC, "automatic approval");

        Set<RequestKind> kinds = EnumSet.noneOf(RequestKind.class);
        List<String> phrases = new ArrayList<>();
        Matcher open = CHOICE_LEFT_OPEN.matcher(text);
        while (open.find()) {
            kinds.add(RequestKind.OPT_IN);
            kinds.add(RequestKind.OPT_OUT);
            phrases.add(open.group());
        }
        blank(text, CHOICE_LEFT_OPEN);
        for (Pattern p : EXPLICIT_OUT) {
            collect(text, p, RequestKind.OPT_OUT, kinds, phrases);
        }
        for (Pattern p : EXPLICIT_IN) {
            collect(text, p, RequestKind.OPT_IN, kinds, phrases);
        }
        if (!kinds.isEmpty() || !ANY_TOPIC.matcher(text).find()) {
            return new Found(kinds, phrases, false);
        }
        boolean loosely = paraphrases(text, OUT_PARAPHRASE, RequestKind.OPT_OUT, kinds, phrases);
        loosely |= paraphrases(text, IN_PARAPHRASE, RequestKind.OPT_IN, kinds, phrases);
        return new Found(kinds, phrases, loosely);
    }

    private static void collect(StringBuilder text, Pattern p, RequestKind kind, Set<RequestKind> kinds, List<String> phrases) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            kinds.add(kind);
            phrases.add(m.group().strip());
        }
        blank(text, p);
    }

    /** Collects paraphrases and blanks their verbs; true when one of them is loose. */
    private static boolean paraphrases(StringBuilder text, Pattern p, RequestKind kind, Set<RequestKind> kinds,
                                       List<String> phrases) {
        boolean loose = false;
        Matcher m = p.matcher(text);
        List<int[]> verbs = new ArrayList<>();
        while (m.find()) {
            kinds.add(kind);
            phrases.add(m.group().strip());
            String gap = m.group("gap") != null ? m.group("gap") : m.group("gap2");
            loose |= gap.length() > CLOSE;
            String verb = m.group("verb") != null ? "verb" : "participle";
            verbs.add(new int[] {m.start(verb), m.end(verb)});
        }
        for (int[] span : verbs) {
            for (int i = span[0]; i < span[1]; i++) {
                text.setCharAt(i, ' ');
            }
        }
        return loose;
    }

    /** Replaces matches by spaces of the same length, so that positions and word boundaries stay. */
    private static void blank(StringBuilder text, Pattern p) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                text.setCharAt(i, ' ');
            }
        }
    }

    private static void replace(StringBuilder text, Pattern p, String by) {
        String replaced = p.matcher(text).replaceAll(by);
        text.setLength(0);
        text.append(replaced);
    }
}
