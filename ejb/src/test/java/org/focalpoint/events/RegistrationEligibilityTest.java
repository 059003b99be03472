package org.focalpoint.events;

import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.events.RegistrationEligibility.Facts;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegistrationEligibilityTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final LocalDate TODAY = NOW.atZone(ZoneOffset.UTC).toLocalDate();

    /**
     * Every reason, one condition changed at a time from a case that may register. Event: kind,
     * sector, its last day and its registration window in days from today. Organization: category
     * and the one sector it participates in; "member country" whether its country's Member State
     * is in the registry. "Cancelled": staff cancelled the event. Expected: blank when the person
     * may register, else the start of the message.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            may register                             | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 |                  | false |
            on the last day of the event             | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |   0 | -5 |  1 |                  | false |
            after a withdrawal                       | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 | WITHDRAWN        | false |
            after a cancellation                     | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 | CANCELLED        | false |
            account not verified                     | PENDING_VERIFICATION | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 |                  | false | Only an active account
            account deactivated                      | DEACTIVATED          | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 |                  | false | Only an active account
            someone else's affiliation               | ACTIVE               | false | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 |                  | false | This is not one of your affiliations
            affiliation requested                    | ACTIVE               | true  | REQUESTED | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 |                  | false | Your affiliation with Acme is not approved
            affiliation removed                      | ACTIVE               | true  | REMOVED   | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 |                  | false | Your affiliation with Acme is not approved
            affiliation rejected                     | ACTIVE               | true  | REJECTED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 |                  | false | Your affiliation with Acme is not approved
            already registered, waiting              | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 | PENDING_APPROVAL | false | You are already registered
            already registered, approved             | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 | APPROVED         | false | You are already registered
            already registered, auto-approved        | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 | AUTO_APPROVED    | false | You are already registered
            rejected before                          | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 | REJECTED         | false | Your registration for this event was not approved
            event ended yesterday                    | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  -1 | -9 |  5 |                  | false | This event has ended.
            window not open yet                      | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 |  1 |  5 |                  | false | Registration opens on 23 November 2026, 12:00 UTC.
            window closed                            | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 | -1 |                  | false | Registration closed on 21 November 2026, 12:00 UTC.
            organization not in the sector           | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_R | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 |                  | false | Acme does not participate in ITU-T
            not in the sector of a TSAG meeting      | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_R | false | TSAG        | ITU_T |  10 | -5 |  5 |                  | false | Acme does not participate in ITU-T
            non-member at a statutory meeting        | ACTIVE               | true  | APPROVED  | NON_MEMBER    | ITU_R | true  | STUDY_GROUP | ITU_T |  10 | -5 |  5 |                  | false | Acme does not participate in ITU-T
            workshop: ITU Member of another sector   | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_R | false | WORKSHOP    | ITU_T |  10 | -5 |  5 |                  | false |
            workshop: academia                       | ACTIVE               | true  | APPROVED  | ACADEMIA      | ITU_D | false | WORKSHOP    | ITU_T |  10 | -5 |  5 |                  | false |
            workshop: non-member of a member country | ACTIVE               | true  | APPROVED  | NON_MEMBER    | ITU_T | true  | WORKSHOP    | ITU_T |  10 | -5 |  5 |                  | false |
            workshop: UN of a member country         | ACTIVE               | true  | APPROVED  | UNITED_NATIONS| ITU_T | true  | WORKSHOP    | ITU_T |  10 | -5 |  5 |                  | false |
            workshop: non-member elsewhere           | ACTIVE               | true  | APPROVED  | NON_MEMBER    | ITU_T | false | WORKSHOP    | ITU_T |  10 | -5 |  5 |                  | false | Workshops are open to ITU Members and to people from ITU member countries
            workshop: ended                          | ACTIVE               | true  | APPROVED  | NON_MEMBER    | ITU_T | true  | WORKSHOP    | ITU_T |  -1 | -9 |  5 |                  | false | This event has ended.
            workshop window closes now               | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | WORKSHOP    | ITU_T |  10 | -5 |  0 |                  | false | Registration closed on 22 November 2026, 12:00 UTC.
            event cancelled                          | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 |                  | true  | This event was cancelled: Postponed to March
            event cancelled, registration cancelled  | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 | CANCELLED        | true  | This event was cancelled: Postponed to March
            event cancelled while still registered   | ACTIVE               | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 | APPROVED         | true  | This event was cancelled: Postponed to March
            workshop cancelled, window closed        | ACTIVE               | true  | APPROVED  | NON_MEMBER    | ITU_T | true  | WORKSHOP    | ITU_T |  10 | -5 | -1 |                  | true  | This event was cancelled: Postponed to March
            cancelled, but account deactivated       | DEACTIVATED          | true  | APPROVED  | SECTOR_MEMBER | ITU_T | false | STUDY_GROUP | ITU_T |  10 | -5 |  5 |                  | true  | Only an active account
            """)
    void says(String condition, AccountState account, boolean own, AffiliationState affiliation,
              MembershipCategory category, Sector organizationSector, boolean memberCountry,
              EventKind kind, Sector eventSector, int endsIn, int opensIn, int closesIn,
              RegistrationState existing, boolean cancelled, String expected) {
        Organization acme = new Organization("Acme", "FR", category, EnumSet.of(organizationSector), Instant.now());
        Event event = new Event(eventSector, kind, "SG17", TODAY.plusDays(endsIn).minusDays(2), TODAY.plusDays(endsIn),
                NOW.plus(Duration.ofDays(opensIn)), NOW.plus(Duration.ofDays(closesIn)), Instant.now());
        if (cancelled) {
            event.cancel("Postponed to March", Instant.now());
        }

        String refusal = RegistrationEligibility.refusal(new Facts(account, own, affiliation, acme, memberCountry,
                event, existing, NOW)).orElse(null);

        if (expected == null) {
            assertEquals(null, refusal, condition);
        } else {
            assertEquals(true, refusal != null && refusal.startsWith(expected), condition + ": " + refusal);
        }
    }
}
