package org.focalpoint.deactivation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesAccess;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationMail;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.Organization;
import org.focalpoint.words.Words;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A person closes their own account. In one transaction every TIES right and focal-point role
 * lapses, pending requests are withdrawn and registrations to events that have not ended are
 * cancelled, each mailed to the person after commit. History is kept: rows change state, only the
 * Designated Focal Point role rows go.
 */
@Stateless
public class Deactivation {

    static final String WITHDRAWN = "Withdrawn: account deactivated";
    static final String LAPSED = "Account deactivated";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private Mailer mailer;

    /** Refused, with nothing changed, unless {@code confirmationText} is the account's e-mail address. */
    public void deactivate(Account self, String confirmationText) {
        Account account = em.find(Account.class, self.getId());
        if (account == null || !account.isActive()) {
            throw new RuleViolation("deactivation.account-not-active");
        }
        if (!confirms(account, confirmationText)) {
            throw new RuleViolation("deactivation.confirm-with-email", account.getEmail());
        }
        account.deactivate(clock.instant());
        audit.record(account, null, AuditAction.ACCOUNT_DEACTIVATED, Account.class, account.getId(), null, null);

        for (Affiliation affiliation : em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                .setParameter("account", account).getResultList()) {
            lapseTiesAccess(account, affiliation);
            if (affiliation.getState() == AffiliationState.REQUESTED) {
                affiliation.decide(AffiliationState.REMOVED, account, WITHDRAWN, clock.instant());
                audit.record(account, affiliation.getOrganization(), AuditAction.AFFILIATION_WITHDRAWN,
                        Affiliation.class, affiliation.getId(), affiliation.getOrganization().getName(), WITHDRAWN);
            }
        }
        for (Organization organization : em.createNamedQuery("Organization.withTiesFocalPoint", Organization.class)
                .setParameter("account", account).getResultList()) {
            // Leaves the organization without a TIES Focal Point until staff designate one: a
            // deactivated account must not keep deciding for it.
            organization.designateTiesFocalPoint(null);
            audit.record(account, organization, AuditAction.TIES_FOCAL_POINT_LAPSED, Organization.class,
                    organization.getId(), organization.getName(), LAPSED);
        }
        for (DesignatedFocalPoint dfp : em.createNamedQuery("DesignatedFocalPoint.ofAccount", DesignatedFocalPoint.class)
                .setParameter("account", account).getResultList()) {
            audit.record(account, dfp.getOrganization(), AuditAction.DESIGNATED_FOCAL_POINT_LAPSED,
                    DesignatedFocalPoint.class, dfp.getId(),
                    dfp.getOrganization().getName() + ", " + dfp.getSector().label(Words.ENGLISH), LAPSED);
            em.remove(dfp);
        }
        LocalDate today = LocalDate.now(clock);
        for (Registration registration : em.createNamedQuery("Registration.ofAccountNotEnded", Registration.class)
                .setParameter("account", account).setParameter("today", today).getResultList()) {
            if (isCancelledByDeactivation(registration.getState(), registration.getEvent().getEndsOn(), today)) {
                registration.decide(RegistrationState.CANCELLED, "account deactivated", account, LAPSED,
                        clock.instant());
                audit.record(account, registration.getAffiliation().getOrganization(),
                        AuditAction.REGISTRATION_CANCELLED, Registration.class, registration.getId(),
                        registration.getEvent().getTitle(), LAPSED);
                // no link: a closed account cannot register again
                mailer.send(RegistrationMail.cancelled(registration, "You deactivated your account.", null));
            }
        }
    }

    private void lapseTiesAccess(Account account, Affiliation affiliation) {
        TiesAccess ties = affiliation.getTiesAccess();
        if (ties == null) {
            return;
        }
        Optional<TiesState> outcome = tiesOutcome(ties.getState());
        if (outcome.isEmpty()) {
            return;
        }
        boolean revoked = outcome.get() == TiesState.REVOKED;
        String reason = revoked ? LAPSED : WITHDRAWN;
        ties.decide(outcome.get(), account, reason, clock.instant());
        audit.record(account, affiliation.getOrganization(),
                revoked ? AuditAction.TIES_ACCESS_REVOKED : AuditAction.TIES_ACCESS_WITHDRAWN,
                TiesAccess.class, ties.getId(), affiliation.getOrganization().getName(), reason);
    }

    /** The address typed to confirm, compared as the login name is: surrounding blanks and case aside. */
    static boolean confirms(Account account, String confirmationText) {
        return confirmationText != null && !confirmationText.isBlank()
                && Account.emailKey(confirmationText).equals(Account.emailKey(account.getEmail()));
    }

    /**
     * What becomes of TIES access: a granted right is revoked; a request still waiting is withdrawn,
     * recorded as REJECTED because TiesState has no "withdrawn" and the reason says which it was.
     */
    static Optional<TiesState> tiesOutcome(TiesState state) {
        return switch (state) {
            case GRANTED -> Optional.of(TiesState.REVOKED);
            case REQUESTED -> Optional.of(TiesState.REJECTED);
            case REJECTED, REVOKED -> Optional.empty();
        };
    }

    /** A registration still standing for an event that has not ended (it ends today or later). */
    static boolean isCancelledByDeactivation(RegistrationState state, LocalDate eventEndsOn, LocalDate today) {
        return state.isStanding() && !eventEndsOn.isBefore(today);
    }
}
