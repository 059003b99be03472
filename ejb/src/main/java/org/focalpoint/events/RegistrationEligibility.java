package org.focalpoint.events;

import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.organizations.Organization;
import org.focalpoint.words.Dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
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

    public static final String ACCOUNT_NOT_ACTIVE = "Only an active account can register for events.";
    public static final String NOT_YOURS = "This is not one of your affiliations.";
    public static final String NO_AFFILIATION =
            "You can register only on behalf of an approved affiliation, and you have none yet (see My affiliations).";
    public static final String EVENT_ENDED = "This event has ended.";
    public static final String EVENT_CANCELLED = "This event was cancelled";
    public static final String ALREADY_REGISTERED = "You are already registered for this event.";
    public static final String REJECTED =
            "Your registration for this event was not approved: ask your Designated Focal Point or the secretariat.";


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

    public static Optional<String> refusal(Facts facts) {
        Event event = facts.event();
        Organization organization = facts.organization();
        if (facts.account() != AccountState.ACTIVE) {
            return Optional.of(ACCOUNT_NOT_ACTIVE);
        }
        if (!facts.ownAffiliation()) {
            return Optional.of(NOT_YOURS);
        }
        // before "already registered": a delegate whose registration was cancelled with the event learns why
        if (event.isCancelled()) {
            return Optional.of(cancelled(event));
        }
        if (facts.existing() != null && !mayRegisterAgain(facts.existing())) {
            return Optional.of(facts.existing() == RegistrationState.REJECTED ? REJECTED : ALREADY_REGISTERED);
        }
        LocalDate today = facts.now().atZone(ZoneOffset.UTC).toLocalDate();
        if (event.getEndsOn().isBefore(today)) {
            return Optional.of(EVENT_ENDED);
        }
        if (facts.now().isBefore(event.getRegistrationOpens())) {
            return Optional.of("Registration opens on " + Dates.ENGLISH.moment(event.getRegistrationOpens()) + ".");
        }
        if (!facts.now().isBefore(event.getRegistrationCloses())) {
            return Optional.of("Registration closed on " + Dates.ENGLISH.moment(event.getRegistrationCloses()) + ".");
        }
        if (facts.affiliation() != AffiliationState.APPROVED) {
            return Optional.of("Your affiliation with " + organization.getName()
                    + " is not approved: you can register only on behalf of an approved affiliation.");
        }
        if (event.getKind().isStatutory() && !organization.participatesIn(event.getSector())) {
            return Optional.of(organization.getName() + " does not participate in " + event.getSector().label()
                    + ": only its members' delegates can register for this " + event.getKind().label().toLowerCase(Locale.ROOT) + ".");
        }
        if (!event.getKind().isStatutory() && !organization.isTiesEligible() && !facts.fromMemberCountry()) {
            return Optional.of("Workshops are open to ITU Members and to people from ITU member countries: "
                    + organization.getName() + " is neither an ITU Member nor based in a member country.");
        }
        return Optional.empty();
    }

    /** What a delegate reads about a cancelled event, on the events page and when registering. */
    private static String cancelled(Event event) {
        return EVENT_CANCELLED + ": " + event.getCancellationReason();
    }

    /** A registration the person withdrew, or the platform cancelled, may be made again; one refused may not. */
    public static boolean mayRegisterAgain(RegistrationState existing) {
        return existing == RegistrationState.WITHDRAWN || existing == RegistrationState.CANCELLED;
    }
}
