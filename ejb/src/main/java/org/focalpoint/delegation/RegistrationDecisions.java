package org.focalpoint.delegation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.events.Event;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationHistory;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.organizations.Sector;
import org.focalpoint.words.Words;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Designated Focal Point (or staff on the organization's behalf) approves or rejects the
 * registrations waiting for them, one or many at once. All or nothing: one refused item leaves
 * every item as it was.
 */
@Stateless
public class RegistrationDecisions {

    static final int REASON_MAX = 1000;
    // the basis column holds 40 characters: who decided is in the decision, the audit says on whose behalf
    static final String APPROVED_BASIS = "Approved by the Designated Focal Point";
    static final String APPROVED_BY_STAFF_BASIS = "Approved by the ITU secretariat";

    private static final MailTemplate OUTCOME_MAIL = new MailTemplate("registration-decided");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private DelegationAuthority authority;

    @Inject
    private RegistrationHistory history;

    @Inject
    private AuditLog audit;

    @Inject
    private Mailer mailer;

    public void approve(Account actor, Long organizationId, Sector sector, List<SeenRegistration> items) {
        decide(authority.decideFor(actor, organizationId, sector), items, true, null);
    }

    public void reject(Account actor, Long organizationId, Sector sector, List<SeenRegistration> items, String reason) {
        String given = reason == null ? "" : reason.trim();
        if (given.isEmpty()) {
            throw new RuleViolation("delegation.reason-required");
        }
        if (given.length() > REASON_MAX) {
            throw new RuleViolation("decisions.reason-too-long", String.valueOf(REASON_MAX));
        }
        decide(authority.decideFor(actor, organizationId, sector), items, false, given);
    }

    private void decide(DecidingFor deciding, List<SeenRegistration> items, boolean approve, String reason) {
        if (items == null || items.isEmpty()) {
            throw new RuleViolation("delegation.select-registration");
        }
        List<Registration> registrations = own(deciding, items);
        for (int i = 0; i < items.size(); i++) {
            Registration registration = registrations.get(i);
            if (registration.getVersion() != items.get(i).version()
                    || registration.getState() != RegistrationState.PENDING_APPROVAL) {
                throw notPending(registration, RegistrationHistory.message(registration));
            }
        }
        for (Registration registration : registrations) {
            decideOne(deciding, registration, approve, reason);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // Someone decided one of them between our read and our write: tell who, as for a stale list.
            Registration lost = lostRace(e, registrations);
            throw notPending(lost, history.alreadyDecided(lost.getId()));
        }
    }

    /** Every item first, before anything changes: a foreign or unknown id refuses the whole lot. */
    private List<Registration> own(DecidingFor deciding, List<SeenRegistration> items) {
        List<Registration> registrations = new ArrayList<>();
        for (SeenRegistration item : items) {
            Registration registration = item == null || item.registrationId() == null ? null
                    : em.find(Registration.class, item.registrationId());
            if (registration == null
                    || !registration.getAffiliation().getOrganization().getId().equals(deciding.organization().getId())
                    || registration.getEvent().getSector() != deciding.sector()) {
                String organization = deciding.organization().getName();
                String sector = deciding.sector().label(Words.ENGLISH);
                throw item == null
                        ? new RuleViolation("delegation.not-a-registration-here", organization, sector)
                        : new RuleViolation("delegation.registration-not-here", String.valueOf(item.registrationId()),
                                organization, sector);
            }
            if (registrations.contains(registration)) {
                throw new RuleViolation("delegation.registration-twice");
            }
            registrations.add(registration);
        }
        return registrations;
    }

    private void decideOne(DecidingFor deciding, Registration registration, boolean approve, String reason) {
        Account actor = deciding.actor();
        Account delegate = registration.getAccount();
        Event event = registration.getEvent();
        if (approve) {
            registration.decide(RegistrationState.APPROVED,
                    deciding.asStaff() ? APPROVED_BY_STAFF_BASIS : APPROVED_BASIS, actor, null, clock.instant());
        } else {
            registration.decide(RegistrationState.REJECTED, "Rejected", actor, reason, clock.instant());
        }
        String detail = delegate.getFullName() + " <" + delegate.getEmail() + ">, " + event.getTitle()
                + " (" + event.getStartsOn() + "), " + deciding.organization().getName()
                + (deciding.asStaff() ? ", decided by the secretariat" : "");
        audit.record(actor, deciding.organization(),
                approve ? AuditAction.REGISTRATION_APPROVED : AuditAction.REGISTRATION_REJECTED,
                Registration.class, registration.getId(), detail, reason);
        mailer.send(outcomeMail(registration, deciding, approve, reason));
    }

    static OutgoingMail outcomeMail(Registration registration, DecidingFor deciding, boolean approved, String reason) {
        Account delegate = registration.getAccount();
        Event event = registration.getEvent();
        // the days as the queue writes them (2027-01-12), not as a LocalDate argument would be
        return OUTCOME_MAIL.mail(Words.ENGLISH, delegate.getEmail(), Map.of("name", delegate.getFullName(),
                "event", event.getTitle(), "startsOn", String.valueOf(event.getStartsOn()),
                "endsOn", String.valueOf(event.getEndsOn()), "outcome", approved ? "approved" : "rejected",
                "by", deciding.asStaff() ? "staff" : "focalPoint", "actor", deciding.actor().getFullName(),
                "organization", deciding.organization().getName(), "reason", Objects.toString(reason, "")));
    }

    private static Registration lostRace(OptimisticLockException e, List<Registration> registrations) {
        for (Registration registration : registrations) {
            if (registration == e.getEntity()) {
                return registration;
            }
        }
        return registrations.get(0);
    }

    private static RuleViolation notPending(Registration registration, String why) {
        return new RuleViolation("delegation.not-pending", registration.getAccount().getFullName(),
                registration.getAccount().getEmail(), registration.getEvent().getTitle(), why);
    }
}
