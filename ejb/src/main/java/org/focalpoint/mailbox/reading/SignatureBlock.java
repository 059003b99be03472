package org.focalpoint.mailbox.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The signature at the end of what a sender wrote: the lines after the closing ("Yours
 * faithfully", "Cordialement", "Atentamente" …) or after a "-- " line, without contact details,
 * addresses and disclaimers. As in the annex, the first line is the name, the last the
 * organization and those between the title.
 *
 * @param body      the text before the signature
 * @param signatory null when no signature was found
 * @param lines     the signature's lines that remain after filtering, best first for matching
 *                  an organization: the last line, then the others
 */
record SignatureBlock(String body, Signatory signatory, List<String> lines) {

    private static final Pattern CLOSING = Pattern.compile("^(?:yours (?:faithfully|sincerely|truly)"
            + "|(?:with )?(?:best|kind|warm|warmest|kindest|many|sincere)? ?(?:regards|wishes|thanks)"
            + "|sincerely(?: yours)?|respectfully(?: yours)?|thank you(?: very much)?(?: in advance)?"
            + "|thanks(?: in advance)?|best|cheers|cordially|(?:bien |tres )?cordialement"
            + "|(?:avec )?(?:mes |nos )?(?:meilleures |sinceres )?salutations(?: distinguees| les meilleures)?"
            + "|veuillez agreer.*|je vous prie d agreer.*|nous vous prions d agreer.*|recevez.*salutations.*"
            + "|(?:muy )?atentamente|(?:un )?(?:cordial )?saludos?(?: cordial(?:es)?)?|cordiales saludos"
            + "|reciba un cordial saludo|le saluda atentamente|respetuosamente|sin otro particular.*)$");
    /** Longer lines are text, not a closing; not folding them keeps reading long mails cheap. */
    private static final int MAX_CLOSING = 120;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.!:;\\s]+$");
    private static final Pattern SIGNED = Pattern.compile("^[(\\[]?(?:signed|sgd|signe|firmado|signature)[)\\]]?$");
    /** The annex's "[Name]", "[Official role/title]" left unfilled. */
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\[.*]$");
    private static final Pattern CONTACT = Pattern.compile("^(?:tel|telephone|phone|ph|mobile|mob|cell|fax|e-?mail|courriel"
            + "|correo|web|website|skype|address|adresse|direccion|tfno|telefono|movil|portable|[tmfep])\\s*[:.]"
            + "|@|https?:|www\\.|^\\+?[\\d\\s()./-]{7,}$");
    private static final Pattern ADDRESS = Pattern.compile("^\\d+[ ,]|\\b\\d{4,5}\\b|\\b(?:street|road|avenue|ave|rue|route"
            + "|chemin|place|plaza|calle|avenida|strasse|str|platz|box|cedex|floor|etage|piso|suite)\\b");
    private static final Pattern DISCLAIMER = Pattern.compile("^(?:this (?:e-?mail|message)|the information|confidential"
            + "|ce (?:message|courriel)|este (?:mensaje|correo)|sent from|envoye de|enviado desde|disclaimer|please consider)");
    private static final Pattern TITLE_WORDS = Pattern.compile("\\b(?:director\\w*|directeur|directrice|head|chief|manager"
            + "|officer|president\\w*|vice|minister|ministre|ministro|secretary|secretaire|secretario|secretaria|counsel\\w*"
            + "|conseill\\w*|consejer\\w*|advis[eo]r|coordinat\\w*|coordinad\\w*|focal point|dfp|representative|representant\\w*"
            + "|delegate|delegue|delegad[oa]|engineer|ingenieur|ingenier[oa]|specialist|lead|vp|ceo|cto|cfo|chair\\w*|chef"
            + "|jef[ea]|responsable|gerente|attache|ambassador|ambassadeur|embajador\\w*|deputy|adjoint\\w*|senior|principal"
            + "|professor|professeur|profesor\\w*|dean|doyen|rector\\w*|standardi[sz]ation|normalisation|normalizacion"
            + "|regulatory|affairs|partner|founder|general counsel)\\b");
    private static final Pattern ORGANIZATION_WORDS = Pattern.compile("\\b(?:inc|ltd|llc|gmbh|ag|sa|sas|spa|bv|nv|plc|corp"
            + "|corporation|co|limited|oy|ab|kk|company|group|groupe|grupo|ministry|ministere|ministerio|university|universite"
            + "|universidad|institute|institut|instituto|agency|agence|agencia|authority|autorite|autoridad|administration"
            + "|telecom\\w*|communications?|networks?|association|union|council|laborator\\w*|labs|technologies|systems"
            + "|societe|sociedad|empresa|office|bureau|commission|comision|department|departement|departamento)\\b");

    static SignatureBlock of(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        int start = -1;
        for (int i = lines.size() - 1; i >= 0 && start < 0; i--) {
            String line = lines.get(i);
            if (line.equals("-- ") || line.strip().equals("--")) {
                start = i;
            } else if (line.length() <= MAX_CLOSING) {
                String folded = TRAILING_PUNCTUATION.matcher(Folding.fold(line)).replaceAll("");
                if (CLOSING.matcher(folded).matches() && isSignatureAfter(lines, i)) {
                    start = skipLongClosing(lines, i, folded);
                }
            }
        }
        if (start < 0) {
            return new SignatureBlock(text.strip(), null, List.of());
        }
        List<String> kept = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && kept.size() < 8; i++) {
            String line = lines.get(i).strip();
            String folded = Folding.fold(line);
            if (DISCLAIMER.matcher(folded).find() || line.length() > 100) {
                break;
            }
            if (line.isEmpty() || SIGNED.matcher(folded).matches() || PLACEHOLDER.matcher(line).matches()
                    || CONTACT.matcher(folded).find()
                    || ADDRESS.matcher(folded).find()) {
                continue;
            }
            kept.add(line.replaceAll("[,;]$", "").strip());
        }
        String body = String.join("\n", lines.subList(0, start)).strip();
        return new SignatureBlock(body, signatory(kept), matchOrder(kept));
    }

    /**
     * "Thank you." can open a mail as well as close it: what follows a closing is a signature only
     * when it is a few short lines (a disclaimer may follow).
     */
    private static boolean isSignatureAfter(List<String> lines, int closing) {
        int count = 0;
        for (int i = closing + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (DISCLAIMER.matcher(Folding.fold(line)).find()) {
                return true;
            }
            if (!line.isEmpty() && (++count > 12 || line.length() > 100)) {
                return false;
            }
        }
        return true;
    }

    /** A French closing formula may run over several lines: the signature starts after its full stop. */
    private static int skipLongClosing(List<String> lines, int i, String folded) {
        if (!folded.startsWith("veuillez") && !folded.startsWith("je vous prie") && !folded.startsWith("nous vous prions")
                && !folded.startsWith("recevez")) {
            return i;
        }
        int j = i;
        while (j < lines.size() - 1 && !lines.get(j).strip().endsWith(".")) {
            j++;
        }
        return j;
    }

    private static Signatory signatory(List<String> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>(lines);
        // "Jane Doe, Head of Standards, Example Telecom" on one line reads as three lines
        String first = parts.get(0);
        int comma = first.indexOf(", ");
        if (comma > 0 && looksLikeName(first.substring(0, comma))) {
            parts.remove(0);
            parts.addAll(0, titleThenOrganization(first.substring(comma + 2)));
            parts.add(0, first.substring(0, comma));
        }
        String name = looksLikeName(parts.get(0)) ? parts.get(0) : null;
        List<String> rest = new ArrayList<>(name == null ? parts : parts.subList(1, parts.size()));
        String organization = null;
        if (!rest.isEmpty()) {
            List<String> last = titleThenOrganization(rest.remove(rest.size() - 1));
            if (!isTitle(last.get(last.size() - 1))) {
                organization = last.get(last.size() - 1);
                rest.addAll(last.subList(0, last.size() - 1));
            } else {
                rest.addAll(last);
            }
        }
        return new Signatory(name, rest.isEmpty() ? null : String.join(", ", rest), organization);
    }

    /** "Head of Standards, Example Telecom" is a title and an organization; "Example, Inc." stays whole. */
    private static List<String> titleThenOrganization(String line) {
        int c = line.lastIndexOf(", ");
        if (c > 0 && isTitle(line.substring(0, c)) && !isTitle(line.substring(c + 2))) {
            return List.of(line.substring(0, c), line.substring(c + 2));
        }
        return List.of(line);
    }

    private static boolean isTitle(String line) {
        String folded = Folding.fold(line);
        return TITLE_WORDS.matcher(folded).find() && !ORGANIZATION_WORDS.matcher(folded).find();
    }

    private static boolean looksLikeName(String line) {
        String[] words = line.strip().split("\\s+");
        return words.length <= 6 && line.length() <= 60 && !line.matches(".*\\d.*") && !isTitle(line)
                && !ORGANIZATION_WORDS.matcher(Folding.fold(line)).find() && Character.isLetter(line.strip().charAt(0));
    }

    private static List<String> matchOrder(List<String> kept) {
        List<String> order = new ArrayList<>();
        for (int i = kept.size() - 1; i >= 1; i--) {
            order.add(kept.get(i));
        }
        if (kept.size() == 1) {
            order.add(kept.get(0));
        }
        return order;
    }
}
