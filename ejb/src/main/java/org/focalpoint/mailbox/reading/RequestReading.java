package org.focalpoint.mailbox.reading;

import org.focalpoint.optin.RequestKind;
import org.focalpoint.organizations.Sector;

import java.util.List;

/**
 * What a mail's subject and text ask for, before the organization is looked up.
 *
 * @param kind            OPT_IN or OPT_OUT; null exactly when {@code unreadable} is set
 * @param sector          ITU-T unless the mail names ITU-R or ITU-D; null when it names several
 * @param period          never null
 * @param organizations   the organization as written, best first: the request's "On behalf of",
 *                        the signature, the subject; empty when none is named
 * @param signatory       null when no signature block was found
 * @param acknowledgement our acknowledgement's reference ("TSB-OPT-42") when the mail answers or
 *                        quotes one, else null
 * @param quotedOnly      the request is written only in quoted text of an earlier message, which
 *                        may be what the sender now answers, not what they ask: staff choose
 * @param confidence      how sure the reading is about the request itself
 * @param reasons         what was found or missing, in words for the review queue
 * @param unreadable      why no request could be read, or null
 */
public record RequestReading(RequestKind kind, Sector sector, RequestedPeriod period,
                             List<MentionedOrganization> organizations, Signatory signatory, String acknowledgement,
                             boolean quotedOnly, Confidence confidence, List<String> reasons, UnreadableReason unreadable) {

    public RequestReading {
        organizations = List.copyOf(organizations);
        reasons = List.copyOf(reasons);
    }

    /** The request a confirmation form may start from: none when only quoted text asks it. */
    public RequestKind kindToPrefill() {
        return quotedOnly ? null : kind;
    }

    /** The organization as the mail names it first, or null. */
    public String organizationAsWritten() {
        return organizations.isEmpty() ? null : organizations.get(0).asWritten();
    }
}
