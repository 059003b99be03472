package org.focalpoint.delegation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.decisions.PendingDecisions;
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
        new Waiting(authority.decideFor(actor, organizationId, sector)).decide(em, items, true, null);
    }

    public void reject(Account actor, Long organizationId, Sector sector, List<SeenRegistration> items, String reason) {
        String given = PendingDecisions.reasonToReject(reason, () -> new RuleViolation("delegation.reason-required"));
        new Waiting(authority.decideFor(actor, organizationId, sector)).decide(em, items, false, given);
    }

    /** The registrations waiting for the organization and sector, as the pending-decisions core decides them. */
    private final class Waiting extends PendingDecisions<SeenRegistration, Registration> {

        private final DecidingFor deciding;

        Waiting(DecidingFor deciding) {
            super(Registration.class);
            this.deciding = deciding;
        }

        @Override
        protected boolean belongs(Registration registration) {
            return registration.getAffiliation().getOrganization().getId().equals(deciding.organization().getId())
                    && registration.getEvent().getSector() == deciding.sector();
        }

        @Override
        protected long version(Registration registration) {
            return registration.getVersion();
        }

        @Override
        protected boolean isPending(Registration registration) {
            return registration.getState() == RegistrationState.PENDING_APPROVAL;
        }

        @Override
        protected void decideOne(Registration registration, boolean approve, String reason) {
            RegistrationDecisions.this.decideOne(deciding, registration, approve, reason);
        }

        @Override
        protected RuleViolation nothingChosen() {
            return new RuleViolation("delegation.select-registration");
        }

        @Override
        protected RuleViolation notHere(SeenRegistration item) {
            String organization = deciding.organization().getName();
            return item == null
                    ? new RuleViolation("delegation.not-a-registration-here", organization, deciding.sector())
                    : new RuleViolation("delegation.registration-not-here", String.valueOf(item.registrationId()),
                            organization, deciding.sector());
        }

        @Override
        protected RuleViolation chosenTwice() {
            return new RuleViolation("delegation.registration-twice");
        }

        @Override
        protected String whyNotPending(Registration registration) {
            return RegistrationHistory.message(registration);
        }

        @Override
        protected String decidedMeanwhile(Registration registration) {
            return history.alreadyDecided(registration.getId());
        }

        @Override
        protected RuleViolation notPending(Registration registration, String why) {
            return new RuleViolation("delegation.not-pending", registration.getAccount().getFullName(),
                    registration.getAccount().getEmail(), registration.getEvent().getTitle(), why);
        }
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
}
