package org.focalpoint.reconciliation;

import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.events.RegistrationApproval;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.nightly.RunActionKind;
import org.focalpoint.optin.StudyPeriod;
import org.focalpoint.words.Words;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The nightly comparison of a registration with the member's delegation list (docs/domain.md,
 * "Nightly reconciliation"). It asks {@link RegistrationApproval}, the rule registration itself
 * follows, so that the night never undoes what the day decided on the same facts:
 * <ul>
 * <li>an automatic approval whose basis is gone goes back to the Designated Focal Point;</li>
 * <li>an approved registration whose delegate is no longer active or affiliated is cancelled;</li>
 * <li>a waiting registration that now qualifies for automatic approval is approved automatically.</li>
 * </ul>
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    public static Optional<Change> of(Candidate candidate, StudyPeriod period, LocalDate today) {
        RegistrationApproval.Facts facts = candidate.facts(period, today);
        return switch (candidate.state()) {
            case AUTO_APPROVED -> RegistrationApproval.qualifiesForAutomaticApproval(facts)
                    ? Optional.empty()
                    : Optional.of(new Change(candidate, RunActionKind.AUTO_APPROVAL_WITHDRAWN,
                    RegistrationState.PENDING_APPROVAL,
                    "Waits for the Designated Focal Point for " + candidate.sector().label(Words.ENGLISH),
                    "automatic approval no longer applies: " + basisGone(candidate, period, today)));
            case APPROVED -> inGoodStanding(candidate)
                    ? Optional.empty()
                    : Optional.of(new Change(candidate, RunActionKind.CANCELLED, RegistrationState.CANCELLED,
                    "Cancelled by the nightly reconciliation", standingLost(candidate)));
            case PENDING_APPROVAL -> {
                RegistrationApproval.Verdict verdict = RegistrationApproval.decide(facts);
                yield verdict.state() == RegistrationState.AUTO_APPROVED
                        ? Optional.of(new Change(candidate, RunActionKind.AUTO_APPROVED,
                        RegistrationState.AUTO_APPROVED, verdict.basis(),
                        "the member's opt-in to automatic approval now covers it"))
                        : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    private static boolean inGoodStanding(Candidate candidate) {
        return candidate.account() == AccountState.ACTIVE && candidate.affiliation() == AffiliationState.APPROVED;
    }

    private static String standingLost(Candidate candidate) {
        return candidate.account() != AccountState.ACTIVE
                ? "the delegate's account is no longer active"
                : "the delegate is no longer affiliated with the organization";
    }

    /** The first of the facts automatic approval stood on that no longer holds. */
    private static String basisGone(Candidate candidate, StudyPeriod period, LocalDate today) {
        if (!inGoodStanding(candidate)) {
            return standingLost(candidate);
        }
        if (!candidate.kind().isStatutory()) {
            return "the event is not a statutory meeting";
        }
        if (candidate.ties() != TiesState.GRANTED) {
            return "the delegate's TIES access is no longer granted";
        }
        if (candidate.optIn() == null || !candidate.optIn().optedIn()) {
            return "the member is no longer opted in to automatic approval";
        }
        if (period.isOver(today) || (candidate.optIn().lapsesOn() != null
                && today.isAfter(candidate.optIn().lapsesOn()))) {
            return "the member's opt-in lapsed at the end of the study period";
        }
        return "the member's opt-in is not in effect today";
    }
}
