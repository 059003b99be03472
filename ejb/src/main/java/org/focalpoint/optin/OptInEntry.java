package org.focalpoint.optin;

import org.focalpoint.organizations.Sector;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What staff record about a member's automatic approval for one sector: in or out, from which day,
 * where the request came from (a letter, an e-mail, with its reference) and a note.
 */
public record OptInEntry(Sector sector, boolean optIn, LocalDate effectiveOn, OptInSource source, String reference,
                         String note) implements Serializable {
}
