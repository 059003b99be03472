package org.focalpoint.mailbox.reading;

import org.focalpoint.organizations.Sector;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sectors a folded text names. The circular is about ITU-T, so a mail that names no sector
 * asks for ITU-T; the annex's opening line names ITU-T whatever the member then asks, so that
 * line does not count.
 */
final class SectorMention {

    private static final Pattern ANNEX_OPENING = Pattern.compile(
            "registration requests for itu-t statutory events(?: as described in tsb circular 118)?");
    private static final Pattern ITU_T = Pattern.compile("\\b(?:itu|uit)[- ]?t\\b|standardization sector"
            + "|secteur de la normalisation|sector de normalizacion");
    private static final Pattern ITU_R = Pattern.compile("\\b(?:itu|uit)[- ]?r\\b|radiocommunication sector"
            + "|secteur des radiocommunications|sector de radiocomunicaciones");
    private static final Pattern ITU_D = Pattern.compile("\\b(?:itu|uit)[- ]?d\\b|development sector"
            + "|secteur du developpement|sector de desarrollo");

    private SectorMention() {
    }

    static Set<Sector> in(String folded) {
        String text = ANNEX_OPENING.matcher(folded).replaceAll(" ");
        Set<Sector> named = EnumSet.noneOf(Sector.class);
        if (ITU_T.matcher(text).find()) {
            named.add(Sector.ITU_T);
        }
        if (ITU_R.matcher(text).find()) {
            named.add(Sector.ITU_R);
        }
        if (ITU_D.matcher(text).find()) {
            named.add(Sector.ITU_D);
        }
        return named;
    }
}
