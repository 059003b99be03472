package org.focalpoint.mailbox;

import org.focalpoint.optin.RequestKind;
import org.focalpoint.organizations.Sector;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What staff confirm of a message: the request, the member and the sector as they read them
 * (prefilled from the reading, which they may correct), the day it takes effect and a note.
 * {@code checkedWithMember}: staff say they made sure, when the sender is not a focal point of
 * that member, that the member really asks this.
 */
public record MailConfirmation(RequestKind kind, Long organizationId, Sector sector, LocalDate effectiveOn, String note,
                               boolean checkedWithMember) implements Serializable {
}
