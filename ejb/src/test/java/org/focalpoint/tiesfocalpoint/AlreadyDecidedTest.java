package org.focalpoint.tiesfocalpoint;

import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.PendingRequests;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlreadyDecidedTest {

    private final Organization acme = new Organization("Acme", "CH", MembershipCategory.SECTOR_MEMBER,
            EnumSet.of(Sector.ITU_T), Instant.now());
    private final Account requester = new Account("ada@example.org", "hash", "Ada", "Lovelace", Instant.now());
    private final Account focalPoint = new Account("fp@example.org", "hash", "Grace", "Hopper", Instant.now());
    private final String today = LocalDate.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));

    @Test
    void aRequestedAffiliationWaits() {
        assertTrue(PendingRequests.isPending(new Affiliation(requester, acme, Instant.now())));
    }

    @Test
    void anApprovedAffiliationWaitsOnlyForItsTiesRequest() {
        Affiliation affiliation = new Affiliation(requester, acme, Instant.now());
        affiliation.decide(AffiliationState.APPROVED, focalPoint, null, Instant.now());
        assertFalse(PendingRequests.isPending(affiliation));
        affiliation.requestTiesAccess(Instant.now());
        assertTrue(PendingRequests.isPending(affiliation));
    }

    @Test
    void aDecidedRequestNamesWhoDecidedAndWhen() {
        Affiliation affiliation = new Affiliation(requester, acme, Instant.now());
        affiliation.decide(AffiliationState.REJECTED, focalPoint, "Unknown to us", Instant.now());
        assertEquals("Already decided by Grace Hopper on " + today + ".", AlreadyDecided.message(affiliation));
    }

    @Test
    void theLatestDecisionIsTheOneNamed() {
        Affiliation affiliation = new Affiliation(requester, acme, Instant.now());
        affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
        affiliation.requestTiesAccess(Instant.now()).decide(TiesState.GRANTED, focalPoint, null, Instant.now());
        assertEquals("Already decided by Grace Hopper on " + today + ".", AlreadyDecided.message(affiliation));
    }

    @Test
    void aRequestItsRequesterDecidedWasWithdrawn() {
        Affiliation affiliation = new Affiliation(requester, acme, Instant.now());
        affiliation.decide(AffiliationState.REMOVED, requester, "Withdrawn", Instant.now());
        assertEquals("This request was withdrawn.", AlreadyDecided.message(affiliation));
    }

    @Test
    void aRequestStillWaitingButChangedAsksToLookAgain() {
        assertEquals("This request changed since the list was shown: please look at it again.",
                AlreadyDecided.message(new Affiliation(requester, acme, Instant.now())));
    }

    @Test
    void theRejectionMailCarriesTheReason() {
        OutgoingMail mail = RequestDecisions.outcomeMail(requester, acme, PendingRequest.Asked.AFFILIATION_AND_TIES,
                focalPoint, false, "We do not know you");
        assertEquals("ada@example.org", mail.to());
        assertEquals("Your request to join Acme with TIES access: not approved", mail.subject());
        assertTrue(mail.body().contains("your request to join Acme with TIES access was not approved by"), mail.body());
        assertTrue(mail.body().contains("Reason: We do not know you"), mail.body());
    }

    @Test
    void theApprovalMailSaysTiesAccessIsGranted() {
        OutgoingMail mail = RequestDecisions.outcomeMail(requester, acme, PendingRequest.Asked.TIES,
                focalPoint, true, null);
        assertEquals("Your request for TIES access through Acme: approved", mail.subject(),
                "a member of the organization asked only for TIES access, not to join it");
        assertTrue(mail.body().contains("your request for TIES access through Acme was approved by"), mail.body());
        assertTrue(mail.body().contains("You now have TIES access through Acme."), mail.body());
    }
}
