package org.focalpoint.events;

import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.events.RegistrationApproval.Facts;
import org.focalpoint.optin.OptInStanding;
import org.focalpoint.optin.StudyPeriod;
import org.focalpoint.organizations.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistrationApprovalTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final StudyPeriod RUNNING = new StudyPeriod("2025-2028", LocalDate.of(2028, 12, 31));
    static final StudyPeriod ENDED_YESTERDAY = new StudyPeriod("2022-2024", TODAY.minusDays(1));

    /**
     * Every condition of the rule, one changed at a time from the case that qualifies (first row).
     * Opt-in: NONE (never), IN or OUT, for a sector, effective and lapsing so many days from today
     * (blank: no lapse date).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            qualifies                               | STUDY_GROUP    | ACTIVE               | APPROVED  | GRANTED   | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | AUTO_APPROVED
            TSAG is statutory                       | TSAG           | ACTIVE               | APPROVED  | GRANTED   | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | AUTO_APPROVED
            regional group is statutory             | REGIONAL_GROUP | ACTIVE               | APPROVED  | GRANTED   | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | AUTO_APPROVED
            opt-in effective today                  | STUDY_GROUP    | ACTIVE               | APPROVED  | GRANTED   | IN   | ITU_T |   0 | 700 | RUNNING         | ITU_T | false | false | AUTO_APPROVED
            opt-in lapses today                     | STUDY_GROUP    | ACTIVE               | APPROVED  | GRANTED   | IN   | ITU_T | -30 |   0 | RUNNING         | ITU_T | false | false | AUTO_APPROVED
            account not verified                    | STUDY_GROUP    | PENDING_VERIFICATION | APPROVED  | GRANTED   | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | PENDING_APPROVAL
            account deactivated                     | STUDY_GROUP    | DEACTIVATED          | APPROVED  | GRANTED   | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | PENDING_APPROVAL
            affiliation requested                   | STUDY_GROUP    | ACTIVE               | REQUESTED | GRANTED   | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | PENDING_APPROVAL
            affiliation removed                     | STUDY_GROUP    | ACTIVE               | REMOVED   | GRANTED   | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | PENDING_APPROVAL
            affiliation rejected                    | STUDY_GROUP    | ACTIVE               | REJECTED  | GRANTED   | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | PENDING_APPROVAL
            no TIES access                          | STUDY_GROUP    | ACTIVE               | APPROVED  |           | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | PENDING_APPROVAL
            TIES requested                          | STUDY_GROUP    | ACTIVE               | APPROVED  | REQUESTED | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | PENDING_APPROVAL
            TIES rejected                           | STUDY_GROUP    | ACTIVE               | APPROVED  | REJECTED  | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | PENDING_APPROVAL
            TIES revoked                            | STUDY_GROUP    | ACTIVE               | APPROVED  | REVOKED   | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | PENDING_APPROVAL
            never opted in                          | STUDY_GROUP    | ACTIVE               | APPROVED  | GRANTED   | NONE | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | PENDING_APPROVAL
            opted out                               | STUDY_GROUP    | ACTIVE               | APPROVED  | GRANTED   | OUT  | ITU_T | -30 |     | RUNNING         | ITU_T | false | false | PENDING_APPROVAL
            opt-in takes effect tomorrow            | STUDY_GROUP    | ACTIVE               | APPROVED  | GRANTED   | IN   | ITU_T |   1 | 700 | RUNNING         | ITU_T | false | false | PENDING_APPROVAL
            opt-in lapsed yesterday                 | STUDY_GROUP    | ACTIVE               | APPROVED  | GRANTED   | IN   | ITU_T | -30 |  -1 | RUNNING         | ITU_T | false | false | PENDING_APPROVAL
            study period ended                      | STUDY_GROUP    | ACTIVE               | APPROVED  | GRANTED   | IN   | ITU_T | -30 | 700 | ENDED_YESTERDAY | ITU_T | false | false | PENDING_APPROVAL
            opted in for another sector             | STUDY_GROUP    | ACTIVE               | APPROVED  | GRANTED   | IN   | ITU_R | -30 | 700 | RUNNING         | ITU_T | false | false | PENDING_APPROVAL
            workshop is confirmed, not auto         | WORKSHOP       | ACTIVE               | APPROVED  | GRANTED   | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | APPROVED
            workshop confirmed without TIES         | WORKSHOP       | ACTIVE               | APPROVED  |           | NONE | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | false | APPROVED
            workshop that requires approval         | WORKSHOP       | ACTIVE               | APPROVED  | GRANTED   | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | false | true  | PENDING_APPROVAL
            the DFP registers, not opted in         | STUDY_GROUP    | ACTIVE               | APPROVED  |           | NONE | ITU_T | -30 | 700 | RUNNING         | ITU_T | true  | false | APPROVED
            the DFP registers, opted in             | STUDY_GROUP    | ACTIVE               | APPROVED  | GRANTED   | IN   | ITU_T | -30 | 700 | RUNNING         | ITU_T | true  | false | APPROVED
            a DFP whose affiliation was removed     | STUDY_GROUP    | ACTIVE               | REMOVED   | GRANTED   | NONE | ITU_T | -30 | 700 | RUNNING         | ITU_T | true  | false | PENDING_APPROVAL
            """)
    void decides(String condition, EventKind kind, AccountState account, AffiliationState affiliation,
                 TiesState ties, String optIn, Sector optInSector, Integer effective, Integer lapses,
                 String studyPeriod, Sector eventSector, boolean designatedFocalPoint, boolean approvalRequired,
                 RegistrationState expected) {
        OptInStanding standing = switch (optIn) {
            case "NONE" -> null;
            case "IN" -> new OptInStanding(optInSector, true, TODAY.plusDays(effective),
                    lapses == null ? null : TODAY.plusDays(lapses));
            default -> new OptInStanding(optInSector, false, TODAY.plusDays(effective), null);
        };
        Facts facts = new Facts(account, affiliation, ties, eventSector, kind, approvalRequired, designatedFocalPoint,
                standing, "RUNNING".equals(studyPeriod) ? RUNNING : ENDED_YESTERDAY, TODAY);

        RegistrationApproval.Verdict verdict = RegistrationApproval.decide(facts);

        assertEquals(expected, verdict.state(), condition);
        assertEquals(expected == RegistrationState.AUTO_APPROVED,
                RegistrationApproval.qualifiesForAutomaticApproval(facts) && !designatedFocalPoint, condition);
    }

    @Test
    void theBasisOfAnAutomaticApprovalNamesTheOptInAndTheCircular() {
        Facts facts = new Facts(AccountState.ACTIVE, AffiliationState.APPROVED, TiesState.GRANTED, Sector.ITU_T,
                EventKind.STUDY_GROUP, false, false, new OptInStanding(Sector.ITU_T, true, TODAY.minusDays(3), null),
                RUNNING, TODAY);

        String basis = RegistrationApproval.decide(facts).basis();

        assertTrue(basis.contains("opted in for ITU-T from " + TODAY.minusDays(3)), basis);
        assertTrue(basis.contains("TSB Circular 118"), basis);
    }
}
