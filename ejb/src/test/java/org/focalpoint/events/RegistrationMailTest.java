package org.focalpoint.events;

import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegistrationMailTest {

    private final Account ada = new Account("ada@example.org", "hash", "Ada", "Lovelace", Instant.now());
    private final Organization acme = new Organization("Acme", "CH", MembershipCategory.SECTOR_MEMBER,
            EnumSet.of(Sector.ITU_T), Instant.now());

    private Registration registration(EventKind kind, LocalDate endsOn) {
        Event event = new Event(Sector.ITU_T, kind, "SG17", LocalDate.of(2027, 1, 12), endsOn, Instant.EPOCH,
                Instant.EPOCH, Instant.now());
        return new Registration(event, ada, new Affiliation(ada, acme, Instant.now()), Instant.now());
    }

    @Test
    void aWaitingRegistrationSaysWhoDecidesAndWhere() {
        OutgoingMail mail = RegistrationMail.registered(registration(EventKind.STUDY_GROUP, LocalDate.of(2027, 1, 20)),
                "http://x/registrations.xhtml");
        assertEquals("ada@example.org", mail.to());
        assertEquals("Your registration for SG17: waiting for approval", mail.subject());
        assertEquals("Dear Ada Lovelace,\n\n"
                + "your registration for SG17 (ITU-T, 12 January 2027 to 20 January 2027) on behalf of Acme is waiting"
                + " for approval.\nIt now waits for Acme's Designated Focal Point for ITU-T (or the ITU secretariat),"
                + " who will approve or reject it. We will write to you when they decide.\n\n"
                + "Your registrations: http://x/registrations.xhtml\n\nFocalPoint\n", mail.body());
    }

    @Test
    void aCancellationOfAClosedAccountOffersNoEventsAndAOneDayEventNamesOneDay() {
        OutgoingMail mail = RegistrationMail.cancelled(registration(EventKind.WORKSHOP, LocalDate.of(2027, 1, 12)),
                "You deactivated your account.", null);
        assertEquals("Your registration for SG17: cancelled", mail.subject());
        assertEquals("Dear Ada Lovelace,\n\n"
                + "your registration for SG17 (ITU-T, 12 January 2027) on behalf of Acme was cancelled.\n"
                + "Reason: You deactivated your account.\n\nFocalPoint\n", mail.body());
    }

    @Test
    void aCancellationWithEventsSaysWhereToRegisterAgain() {
        OutgoingMail mail = RegistrationMail.cancelled(registration(EventKind.TSAG, LocalDate.of(2027, 1, 13)),
                "The ITU secretariat cancelled the event.", "http://x/events.xhtml");
        assertEquals("Dear Ada Lovelace,\n\n"
                + "your registration for SG17 (ITU-T, 12 January 2027 to 13 January 2027) on behalf of Acme was"
                + " cancelled.\nReason: The ITU secretariat cancelled the event.\n\n"
                + "Events you can register for: http://x/events.xhtml\n\nFocalPoint\n", mail.body());
    }
}
