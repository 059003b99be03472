package org.focalpoint.events;

import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.optin.OptInStanding;
import org.focalpoint.optin.StudyPeriod;
import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Words;

import java.time.LocalDate;

/**
 * How a registration stands without anyone deciding: the one rule that registration and the nightly
 * reconciliation both ask, so that they never disagree.
 * <ul>
 * <li>A workshop is confirmed at once, unless the event requires approval.</li>
 * <li>A Designated Focal Point's own registration to a statutory event is approved at once.</li>
 * <li>TSB Circular 118: while a member is opted in for a sector, a registration to a statutory
 * event of that sector by an active account with granted TIES access, affiliated with that member,
 * is approved automatically.</li>
 * <li>Anything else waits for the organization's DFP for the event's sector, or staff.</li>
 * </ul>
 */
public final class RegistrationApproval {

    private RegistrationApproval() {
    }

    /**
     * What the rule looks at, read from the database by the caller.
     *
     * @param optIn                the member's opt-in for the event's sector, or null if it never opted in
     * @param designatedFocalPoint the person registering is the organization's DFP for the event's sector
     */
    public record Facts(AccountState account, AffiliationState affiliation, TiesState ties,
                        Sector eventSector, EventKind eventKind, boolean approvalRequired,
                        boolean designatedFocalPoint, OptInStanding optIn, StudyPeriod studyPeriod, LocalDate today) {
    }

    /** The state a registration takes on the platform's own authority, and the basis it records. */
    public record Verdict(RegistrationState state, String basis) {

        public boolean waitsForDecision() {
            return state == RegistrationState.PENDING_APPROVAL;
        }
    }

    public static Verdict decide(Facts facts) {
        if (!facts.eventKind().isStatutory()) {
            return facts.approvalRequired()
                    ? waiting("This workshop's registrations are approved by the secretariat")
                    : new Verdict(RegistrationState.APPROVED, "Workshop: confirmed at registration");
        }
        if (facts.designatedFocalPoint() && inGoodStanding(facts)) {
            return new Verdict(RegistrationState.APPROVED,
                    "The Designated Focal Point's own registration, approved at registration");
        }
        if (qualifiesForAutomaticApproval(facts)) {
            return new Verdict(RegistrationState.AUTO_APPROVED, "Automatic approval: the member opted in for "
                    + facts.eventSector().label(Words.ENGLISH) + " from " + facts.optIn().effectiveOn()
                    + " (TSB Circular 118, study period " + facts.studyPeriod().name() + ")");
        }
        return waiting("Waits for the Designated Focal Point for " + facts.eventSector().label(Words.ENGLISH));
    }

    /** Circular 118 alone; the reconciliation asks it of registrations that were auto-approved. */
    public static boolean qualifiesForAutomaticApproval(Facts facts) {
        return facts.eventKind().isStatutory()
                && inGoodStanding(facts)
                && facts.ties() == TiesState.GRANTED
                && facts.optIn() != null
                && facts.optIn().inEffectOn(facts.eventSector(), facts.studyPeriod(), facts.today());
    }

    private static boolean inGoodStanding(Facts facts) {
        return facts.account() == AccountState.ACTIVE && facts.affiliation() == AffiliationState.APPROVED;
    }

    private static Verdict waiting(String basis) {
        return new Verdict(RegistrationState.PENDING_APPROVAL, basis);
    }
}
