package org.focalpoint.mailbox.reading;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A mail's text split into what the sender wrote now ({@code own}) and what came before:
 * {@code earlier}, either quoted from a message replied to or forwarded. A request counts where
 * it was written; an old request quoted in a reply is no new request.
 *
 * @param forwarded whether {@code earlier} is a forwarded message (its request may be the one
 *                  meant) rather than quoted text of a reply
 */
record TextLayers(String own, String earlier, boolean forwarded) {

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern QUOTED = Pattern.compile("^\\s*>");
    private static final List<Pattern> REPLY_MARKERS = List.of(
            Pattern.compile("^(On|Le|El|Am)\\b.{0,300}\\b(wrote|a [ée]crit|escribi[óo]|schrieb)\\s*:\\s*$", I),
            Pattern.compile("^-{2,}\\s*(Original Message|Message d'origine|Message original|Mensaje original|Urspr[üu]ngliche Nachricht)\\s*-{2,}\\s*$", I));
    private static final List<Pattern> FORWARD_MARKERS = List.of(
            Pattern.compile("^-{2,}\\s*(Forwarded message|Message transf[ée]r[ée]|Mensaje reenviado|Weitergeleitete Nachricht)\\s*-{2,}\\s*$", I),
            Pattern.compile("^(Begin forwarded message|D[ée]but du message r[ée]exp[ée]di[ée]|Inicio del mensaje reenviado)\\s*:\\s*$", I));
    /** Outlook draws a line of underscores above the quoted message's headers. */
    private static final Pattern OUTLOOK_RULE = Pattern.compile("^_{8,}$");
    private static final Pattern HEADER_FROM = Pattern.compile("^\\*?(From|De|Von)\\s*:\\s*\\S.*", I);
    private static final Pattern HEADER_DATE = Pattern.compile("^\\*?(Sent|Date|Envoy[ée]|Enviado(?: el)?|Fecha|Gesendet)\\s*:.*", I);
    private static final Pattern HEADER_ANY = Pattern.compile("^\\*?(From|De|Von|Sent|Date|Envoy[ée]|Enviado(?: el)?|Fecha|Gesendet|To|[ÀA]|Para|An|Cc|Subject|Objet|Asunto|Betreff)\\s*:.*", I);

    static TextLayers of(String text, String subject) {
        String[] lines = text.split("\n", -1);
        StringBuilder own = new StringBuilder();
        int marker = -1;
        boolean forwardMarker = false;
        for (int i = 0; i < lines.length && marker < 0; i++) {
            String line = lines[i].strip();
            String withNext = i + 1 < lines.length ? line + " " + lines[i + 1].strip() : line;
            if (matchesAny(FORWARD_MARKERS, line)) {
                marker = i;
                forwardMarker = true;
            } else if (matchesAny(REPLY_MARKERS, line) || matchesAny(REPLY_MARKERS, withNext) || isHeaderBlock(lines, i)
                    || (OUTLOOK_RULE.matcher(line).matches() && i + 1 < lines.length && isHeaderBlock(lines, i + 1))) {
                marker = i;
            } else if (!QUOTED.matcher(lines[i]).find()) {
                own.append(lines[i]).append('\n');
            }
        }
        StringBuilder earlier = new StringBuilder();
        if (marker >= 0) {
            for (int i = marker; i < lines.length; i++) {
                earlier.append(lines[i]).append('\n');
            }
        } else {
            for (String line : lines) {
                if (QUOTED.matcher(line).find()) {
                    earlier.append(line).append('\n');
                }
            }
        }
        boolean forwarded = forwardMarker || (marker >= 0 && SubjectLine.isForward(subject));
        return new TextLayers(own.toString().strip(), earlier.toString().strip(), forwarded);
    }

    /**
     * The earlier message without its marker, header lines and quote signs, ready to be read as a
     * mail of its own; its header lines are kept apart in {@link #earlierHeaders()}.
     */
    String earlierBody() {
        return earlierSplit()[1];
    }

    /** The From/Date/Subject lines that head the earlier message, or "". */
    String earlierHeaders() {
        return earlierSplit()[0];
    }

    private String[] earlierSplit() {
        String[] lines = earlier.split("\n", -1);
        StringBuilder headers = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            String line = unquoted(lines[i]).strip();
            if (line.isEmpty() || line.startsWith("___") || matchesAny(FORWARD_MARKERS, line) || matchesAny(REPLY_MARKERS, line)) {
                i++;
            } else if (HEADER_ANY.matcher(line).matches()) {
                headers.append(line).append('\n');
                i++;
            } else {
                break;
            }
        }
        StringBuilder body = new StringBuilder();
        for (; i < lines.length; i++) {
            body.append(unquoted(lines[i])).append('\n');
        }
        return new String[] {headers.toString().strip(), body.toString().strip()};
    }

    /** The line without its quote signs; a loop, as a repeating pattern overflows on a line of thousands of "> ". */
    private static String unquoted(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == '>' || line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(i);
    }

    private static boolean isHeaderBlock(String[] lines, int i) {
        if (!HEADER_FROM.matcher(lines[i].strip()).matches()) {
            return false;
        }
        for (int j = i + 1; j < Math.min(lines.length, i + 5); j++) {
            if (HEADER_DATE.matcher(lines[j].strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(List<Pattern> patterns, String line) {
        for (Pattern p : patterns) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
