package org.focalpoint.reconciliation;

import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.events.EventKind;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.optin.OptInStanding;
import org.focalpoint.optin.StudyPeriod;
import org.focalpoint.organizations.Sector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReconciliationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final StudyPeriod PERIOD = new StudyPeriod("2025-2028", LocalDate.of(2028, 12, 31));

    /**
     * Each action of the nightly reconciliation (docs/domain.md, "Nightly reconciliation"), and the
     * cases it must leave alone. Opt-in: IN (in effect), OUT, NONE (never), LAPSED (its lapse date was
     * yesterday). Why: words the change must give.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            auto-approved, all holds                 | AUTO_APPROVED    | STUDY_GROUP | ACTIVE      | APPROVED | GRANTED | IN     | false | -                       |
            auto-approved, account deactivated       | AUTO_APPROVED    | STUDY_GROUP | DEACTIVATED | APPROVED | GRANTED | IN     | false | AUTO_APPROVAL_WITHDRAWN | account is no longer active
            auto-approved, affiliation removed       | AUTO_APPROVED    | STUDY_GROUP | ACTIVE      | REMOVED  | GRANTED | IN     | false | AUTO_APPROVAL_WITHDRAWN | no longer affiliated
            auto-approved, TIES revoked              | AUTO_APPROVED    | STUDY_GROUP | ACTIVE      | APPROVED | REVOKED | IN     | false | AUTO_APPROVAL_WITHDRAWN | TIES access is no longer granted
            auto-approved, member opted out          | AUTO_APPROVED    | STUDY_GROUP | ACTIVE      | APPROVED | GRANTED | OUT    | false | AUTO_APPROVAL_WITHDRAWN | no longer opted in
            auto-approved, opt-in lapsed             | AUTO_APPROVED    | STUDY_GROUP | ACTIVE      | APPROVED | GRANTED | LAPSED | false | AUTO_APPROVAL_WITHDRAWN | end of the study period
            approved, all holds                      | APPROVED         | STUDY_GROUP | ACTIVE      | APPROVED |         | NONE   | false | -                       |
            approved, TIES revoked is no matter      | APPROVED         | STUDY_GROUP | ACTIVE      | APPROVED | REVOKED | NONE   | false | -                       |
            approved, account deactivated            | APPROVED         | STUDY_GROUP | DEACTIVATED | APPROVED |         | NONE   | false | CANCELLED               | account is no longer active
            approved, affiliation removed            | APPROVED         | STUDY_GROUP | ACTIVE      | REMOVED  |         | NONE   | false | CANCELLED               | no longer affiliated
            approved workshop, affiliation removed   | APPROVED         | WORKSHOP    | ACTIVE      | REMOVED  |         | NONE   | false | CANCELLED               | no longer affiliated
            waiting, now qualifies                   | PENDING_APPROVAL | STUDY_GROUP | ACTIVE      | APPROVED | GRANTED | IN     | false | AUTO_APPROVED           | opt-in to automatic approval now covers it
            waiting, no TIES                         | PENDING_APPROVAL | STUDY_GROUP | ACTIVE      | APPROVED |         | IN     | false | -                       |
            waiting, not opted in                    | PENDING_APPROVAL | STUDY_GROUP | ACTIVE      | APPROVED | GRANTED | NONE   | false | -                       |
            waiting, opt-in lapsed                   | PENDING_APPROVAL | STUDY_GROUP | ACTIVE      | APPROVED | GRANTED | LAPSED | false | -                       |
            waiting workshop needing approval        | PENDING_APPROVAL | WORKSHOP    | ACTIVE      | APPROVED | GRANTED | IN     | true  | -                       |
            """)
    void reconciles(String condition, RegistrationState state, EventKind kind, AccountState account,
                    AffiliationState affiliation, TiesState ties, String optIn, boolean approvalRequired,
                    String action, String why) {
        Candidate candidate = new Candidate(1, 0, state, 2, 3, account, affiliation, ties, 4, Sector.ITU_T, kind,
                approvalRequired, false, standing(optIn));

        Optional<Change> change = Reconciliation.of(candidate, PERIOD, TODAY);

        assertEquals(action, change.map(c -> c.action().name()).orElse("-"), condition);
        change.ifPresent(c -> assertTrue(c.why().contains(why), c.why()));
        change.ifPresent(c -> assertEquals(switch (c.action()) {
            case AUTO_APPROVAL_WITHDRAWN -> RegistrationState.PENDING_APPROVAL;
            case CANCELLED -> RegistrationState.CANCELLED;
            default -> RegistrationState.AUTO_APPROVED;
        }, c.to()));
    }

    private static OptInStanding standing(String optIn) {
        return switch (optIn) {
            case "IN" -> new OptInStanding(Sector.ITU_T, true, TODAY.minusDays(30), PERIOD.endsOn());
            case "OUT" -> new OptInStanding(Sector.ITU_T, false, TODAY.minusDays(30), null);
            case "LAPSED" -> new OptInStanding(Sector.ITU_T, true, TODAY.minusDays(300), TODAY.minusDays(1));
            default -> null;
        };
    }
}
