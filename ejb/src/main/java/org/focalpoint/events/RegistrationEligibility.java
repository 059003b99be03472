package org.focalpoint.events;

import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.organizations.Organization;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Why a person cannot register for an event on behalf of one of their affiliations: the one rule
 * the registration service enforces and the events page shows before anyone presses a button.
 * Empty when they can. Whether the registration then waits for the DFP is {@link RegistrationApproval}'s
 * business, not this rule's.
 * <p>
 * Workshops are open to ITU Members and to "any individual from an ITU member country". What we
 * know of where a person is from is the organization they register on behalf of, whose country
 * is always recorded (the profile's country is optional and nobody checks it). A country is an
 * ITU member country when its Member State is in the registry (an active organization of category
 * MEMBER_STATE with that country): the registry, not a list in the code, says who the members are.
 */
public final class RegistrationEligibility {

    public static final String NO_AFFILIATION =
            "You can register only on behalf of an approved affiliation, and you have none yet (see My affiliations).";

    private RegistrationEligibility() {
    }

    /**
     * What the rule looks at, read from the database by the caller.
     *
     * @param ownAffiliation    the affiliation belongs to the person registering
     * @param fromMemberCountry the organization's country is an ITU member country (see above)
     * @param existing          the person's registration for this event, or null if they never registered
     */
    public record Facts(AccountState account, boolean ownAffiliation, AffiliationState affiliation,
                        Organization organization, boolean fromMemberCountry, Event event,
                        RegistrationState existing, Instant now) {
    }

    /** The refusal's text, as the events page shows it. */
    public static Optional<String> refusal(Facts facts) {
        return refused(facts).map(RuleViolation::getMessage);
    }

    /** What the registration service throws. */
    public static Optional<RuleViolation> refused(Facts facts) {
        Event event = facts.event();
        Organization organization = facts.organization();
        if (facts.account() != AccountState.ACTIVE) {
            return Optional.of(new RuleViolation("events.account-not-active"));
        }
        if (!facts.ownAffiliation()) {
            return Optional.of(new RuleViolation("affiliations.not-yours"));
        }
        // before "already registered": a delegate whose registration was cancelled with the event learns why
        if (event.isCancelled()) {
            return Optional.of(new RuleViolation("events.event-cancelled", event.getCancellationReason()));
        }
        if (facts.existing() != null && !mayRegisterAgain(facts.existing())) {
            return Optional.of(facts.existing() == RegistrationState.REJECTED
                    ? new RuleViolation("events.registration-rejected")
                    : new RuleViolation("events.already-registered"));
        }
        LocalDate today = facts.now().atZone(ZoneOffset.UTC).toLocalDate();
        if (event.getEndsOn().isBefore(today)) {
            return Optional.of(new RuleViolation("events.event-ended"));
        }
        if (facts.now().isBefore(event.getRegistrationOpens())) {
            return Optional.of(new RuleViolation("events.registration-not-open", event.getRegistrationOpens()));
        }
        if (!facts.now().isBefore(event.getRegistrationCloses())) {
            return Optional.of(new RuleViolation("events.registration-closed", event.getRegistrationCloses()));
        }
        if (facts.affiliation() != AffiliationState.APPROVED) {
            return Optional.of(new RuleViolation("events.affiliation-not-approved", organization.getName()));
        }
        if (event.getKind().isStatutory() && !organization.participatesIn(event.getSector())) {
            return Optional.of(new RuleViolation("events.sector-not-taken-part-in", organization.getName(),
                    event.getSector(), event.getKind().name()));
        }
        if (!event.getKind().isStatutory() && !organization.isTiesEligible() && !facts.fromMemberCountry()) {
            return Optional.of(new RuleViolation("events.workshop-not-open", organization.getName()));
        }
        return Optional.empty();
    }

    /** A registration the person withdrew, or the platform cancelled, may be made again; one refused may not. */
    public static boolean mayRegisterAgain(RegistrationState existing) {
        return existing == RegistrationState.WITHDRAWN || existing == RegistrationState.CANCELLED;
    }
}
