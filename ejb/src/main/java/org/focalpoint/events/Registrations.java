package org.focalpoint.events;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.events.RegistrationApproval.Verdict;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.optin.OptInStandings;
import org.focalpoint.optin.StudyPeriod;
import org.focalpoint.organizations.Organization;
import org.focalpoint.persistence.ConcurrentChange;
import org.focalpoint.persistence.UniqueConstraints;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A delegate registers for events on behalf of one of their approved affiliations, sees their
 * registrations and withdraws them. Every method takes the signed-in account and acts only on
 * what belongs to it, whatever id a page sends. The state a new registration takes is
 * {@link RegistrationApproval}'s alone; deciding what waits belongs to the DFP.
 */
@Stateless
public class Registrations {

    public static final String WITHDRAWN_BY_DELEGATE = "Withdrawn by the delegate";

    /** The unique (event, account) constraint: one registration per person and event. */
    static final String ONCE_PER_EVENT = "registration_once_per_event";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudyPeriod studyPeriod;

    @Inject
    private Clock clock;

    @Inject
    private OptInStandings optIns;

    @Inject
    private AuditLog audit;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    public Registration register(Account actor, Long eventId, Long affiliationId) {
        Account account = em.find(Account.class, actor.getId());
        // Locked for this transaction: staff cancelling the event meanwhile wait for this registration
        // and cancel it too, or this one waits for the cancellation and is refused.
        Event event = eventId == null ? null : em.find(Event.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new RuleViolation("events.no-such-event-any-more");
        }
        Affiliation affiliation = affiliationId == null ? null : em.find(Affiliation.class, affiliationId);
        if (affiliation == null) {
            throw new RuleViolation("affiliations.not-yours");
        }
        RegistrationFacts facts = new RegistrationFacts(em);
        Registration existing = facts.existing(account, event).orElse(null);
        Instant now = clock.instant();
        facts.refused(account, affiliation, event, existing == null ? null : existing.getState(), now)
                .ifPresent(refused -> {
                    throw refused;
                });

        Verdict verdict = RegistrationApproval.decide(approvalFacts(account, affiliation, event, now));
        Registration registration = existing;
        if (registration == null) {
            registration = new Registration(event, account, affiliation, clock.instant());
            em.persist(registration);
        } else {
            registration.registerAgain(affiliation, clock.instant());
        }
        if (verdict.waitsForDecision()) {
            registration.awaitDecision(verdict.basis());
        } else {
            registration.decide(verdict.state(), verdict.basis(), null, null, clock.instant());
        }
        try {
            // registered again at the same moment from another window, after a withdrawal
            ConcurrentChange.flushOr(em, () -> new RuleViolation("events.already-registered"));
        } catch (PersistenceException e) {
            if (UniqueConstraints.violated(e, ONCE_PER_EVENT)) {
                // registered a moment ago, in a transaction our check could not see yet
                throw new RuleViolation("events.already-registered");
            }
            throw e;
        }
        Organization organization = affiliation.getOrganization();
        String detail = event.getTitle() + ", on behalf of " + organization.getName();
        audit.record(account, organization, AuditAction.REGISTRATION_MADE, Registration.class, registration.getId(),
                detail, null);
        if (!verdict.waitsForDecision()) {
            audit.record(null, organization, verdict.state() == RegistrationState.AUTO_APPROVED
                            ? AuditAction.REGISTRATION_AUTO_APPROVED : AuditAction.REGISTRATION_CONFIRMED,
                    Registration.class, registration.getId(), detail + ": " + verdict.basis(), null);
        }
        mailer.send(RegistrationMail.registered(registration, links.page("registrations.xhtml")));
        return registration;
    }

    /** Own registrations only, as the page showed them ({@code version}), before the event ends. */
    public void withdraw(Account actor, Long registrationId, long version) {
        Registration registration = registrationId == null ? null : em.find(Registration.class, registrationId);
        if (registration == null || !registration.getAccount().getId().equals(actor.getId())) {
            throw new RuleViolation("events.not-your-registration");
        }
        if (registration.getVersion() != version) {
            throw new RuleViolation("events.registration-now", registration.getState().name());
        }
        if (!registration.getState().isStanding()) {
            throw new RuleViolation("events.nothing-to-withdraw", registration.getState().name());
        }
        if (registration.getEvent().getEndsOn().isBefore(today())) {
            throw new RuleViolation("events.too-late-to-withdraw");
        }
        Account account = registration.getAccount();
        registration.decide(RegistrationState.WITHDRAWN, WITHDRAWN_BY_DELEGATE, account, null, clock.instant());
        // the DFP decided, or another window withdrew, between our read and our write
        ConcurrentChange.flushOr(em, () -> new RuleViolation("events.registration-changed"));
        Organization organization = registration.getAffiliation().getOrganization();
        audit.record(account, organization, AuditAction.REGISTRATION_WITHDRAWN, Registration.class,
                registration.getId(), registration.getEvent().getTitle() + ", on behalf of " + organization.getName(),
                null);
        mailer.send(RegistrationMail.withdrawn(registration, links.page("events.xhtml")));
    }

    /** The person's registrations, the latest events first. */
    public List<MyRegistration> of(Account self) {
        LocalDate today = today();
        return em.createNamedQuery("Registration.ofAccount", Registration.class)
                .setParameter("account", self)
                .getResultStream().map(r -> MyRegistration.of(r, self, today)).toList();
    }

    private RegistrationApproval.Facts approvalFacts(Account account, Affiliation affiliation, Event event, Instant now) {
        Organization organization = affiliation.getOrganization();
        boolean designatedFocalPoint = !em.createQuery("select d from DesignatedFocalPoint d where d.organization"
                        + " = :organization and d.sector = :sector and d.account = :account")
                .setParameter("organization", organization)
                .setParameter("sector", event.getSector())
                .setParameter("account", account)
                .getResultList().isEmpty();
        return new RegistrationApproval.Facts(account.getState(), affiliation.getState(),
                affiliation.getTiesAccess() == null ? null : affiliation.getTiesAccess().getState(),
                event.getSector(), event.getKind(), event.isApprovalRequired(), designatedFocalPoint,
                optIns.of(organization, event.getSector()).orElse(null), studyPeriod,
                now.atZone(ZoneOffset.UTC).toLocalDate());
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
