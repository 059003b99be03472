package org.focalpoint.events;

import jakarta.persistence.EntityManager;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;

import java.time.Instant;
import java.util.Optional;

/**
 * Reads from the database what {@link RegistrationEligibility} looks at, for the service that
 * registers and for the page that shows beforehand why someone cannot: both ask the same way.
 */
final class RegistrationFacts {

    private final EntityManager em;

    RegistrationFacts(EntityManager em) {
        this.em = em;
    }

    /** Why {@code account} cannot register for {@code event} on behalf of {@code affiliation}; empty when they can. */
    Optional<String> refusal(Account account, Affiliation affiliation, Event event, RegistrationState existing,
                             Instant now) {
        return RegistrationEligibility.refusal(facts(account, affiliation, event, existing, now));
    }

    /** The same refusal, to throw. */
    Optional<RuleViolation> refused(Account account, Affiliation affiliation, Event event,
                                    RegistrationState existing, Instant now) {
        return RegistrationEligibility.refused(facts(account, affiliation, event, existing, now));
    }

    private RegistrationEligibility.Facts facts(Account account, Affiliation affiliation, Event event,
                                                RegistrationState existing, Instant now) {
        Organization organization = affiliation.getOrganization();
        boolean workshop = !event.getKind().isStatutory();
        return new RegistrationEligibility.Facts(account.getState(),
                affiliation.getAccount().getId().equals(account.getId()), affiliation.getState(), organization,
                workshop && fromMemberCountry(organization), event, existing, now);
    }

    Optional<Registration> existing(Account account, Event event) {
        return em.createNamedQuery("Registration.ofAccountTo", Registration.class)
                .setParameter("account", account)
                .setParameter("event", event)
                .getResultStream().findFirst();
    }

    /** A country whose Member State is in the registry (see {@link RegistrationEligibility}). */
    private boolean fromMemberCountry(Organization organization) {
        return em.createQuery("select count(o) from Organization o where o.category = :memberState"
                        + " and o.country = :country and o.active = true", Long.class)
                .setParameter("memberState", MembershipCategory.MEMBER_STATE)
                .setParameter("country", organization.getCountry())
                .getSingleResult() > 0;
    }
}
