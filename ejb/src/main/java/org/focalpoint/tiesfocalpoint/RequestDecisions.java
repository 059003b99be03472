package org.focalpoint.tiesfocalpoint;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.PendingRequests;
import org.focalpoint.affiliations.TiesAccess;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.decisions.PendingDecisions;
import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.organizations.Organization;
import org.focalpoint.words.Words;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A focal point decides the affiliation and the TIES request of each person in one go, for many
 * people at once. All or nothing: one refused item leaves every item as it was.
 */
@Stateless
public class RequestDecisions {

    private static final MailTemplate OUTCOME_MAIL = new MailTemplate("request-decided");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private FocalPointAuthority authority;

    @Inject
    private RequestHistory history;

    @Inject
    private AuditLog audit;

    @Inject
    private Mailer mailer;

    /** Approves each affiliation still requested and grants each TIES request. */
    public void approve(Account actor, Long organizationId, List<Decided> items) {
        new Requests(authority.actFor(actor, organizationId)).decide(em, items, true, null);
    }

    /** Rejects both, or only the TIES request when the affiliation was approved before. */
    public void reject(Account actor, Long organizationId, List<Decided> items, String reason) {
        String given = PendingDecisions.reasonToReject(reason, () -> new RuleViolation("tiesfocalpoint.reason-required"));
        new Requests(authority.actFor(actor, organizationId)).decide(em, items, false, given);
    }

    /** The organization's waiting requests, as the pending-decisions core decides them. */
    private final class Requests extends PendingDecisions<Decided, Affiliation> {

        private final Acting acting;

        Requests(Acting acting) {
            super(Affiliation.class);
            this.acting = acting;
        }

        @Override
        protected boolean belongs(Affiliation affiliation) {
            return affiliation.getOrganization().getId().equals(acting.organization().getId());
        }

        @Override
        protected long version(Affiliation affiliation) {
            return affiliation.getVersion();
        }

        @Override
        protected boolean isPending(Affiliation affiliation) {
            return PendingRequests.isPending(affiliation);
        }

        @Override
        protected void decideOne(Affiliation affiliation, boolean approve, String reason) {
            RequestDecisions.this.decideOne(acting, affiliation, approve, reason);
        }

        @Override
        protected RuleViolation nothingChosen() {
            return new RuleViolation("tiesfocalpoint.select-request");
        }

        @Override
        protected RuleViolation notHere(Decided item) {
            String organization = acting.organization().getName();
            return item == null
                    ? new RuleViolation("tiesfocalpoint.not-a-request-here", organization)
                    : new RuleViolation("tiesfocalpoint.request-not-here", String.valueOf(item.affiliationId()),
                            organization);
        }

        @Override
        protected RuleViolation chosenTwice() {
            return new RuleViolation("tiesfocalpoint.request-twice");
        }

        @Override
        protected String whyNotPending(Affiliation affiliation) {
            return AlreadyDecided.message(affiliation);
        }

        @Override
        protected String decidedMeanwhile(Affiliation affiliation) {
            return history.alreadyDecided(affiliation.getId());
        }

        @Override
        protected RuleViolation notPending(Affiliation affiliation, String why) {
            return new RuleViolation("tiesfocalpoint.not-pending", affiliation.getAccount().getFullName(),
                    affiliation.getAccount().getEmail(), why);
        }

        /** A lost TIES decision is the request's too: the affiliation stands for both. */
        @Override
        protected Affiliation lost(Object entity, List<Affiliation> affiliations) {
            Object request = entity instanceof TiesAccess ties ? ties.getAffiliation() : entity;
            for (Affiliation affiliation : affiliations) {
                if (affiliation == request
                        || request instanceof Affiliation other && affiliation.getId().equals(other.getId())) {
                    return affiliation;
                }
            }
            return affiliations.get(0);
        }
    }

    private void decideOne(Acting acting, Affiliation affiliation, boolean approve, String reason) {
        Account actor = acting.actor();
        Organization organization = acting.organization();
        Account requester = affiliation.getAccount();
        String detail = requester.getFullName() + " <" + requester.getEmail() + ">, " + organization.getName();
        PendingRequest.Asked asked = PendingRequest.Asked.of(affiliation.getState() == AffiliationState.REQUESTED,
                PendingRequests.isTiesRequested(affiliation));
        if (affiliation.getState() == AffiliationState.REQUESTED) {
            affiliation.decide(approve ? AffiliationState.APPROVED : AffiliationState.REJECTED, actor, reason,
                    clock.instant());
            audit.record(actor, organization, approve ? AuditAction.AFFILIATION_APPROVED : AuditAction.AFFILIATION_REJECTED,
                    Affiliation.class, affiliation.getId(), detail, reason);
        } else {
            // The affiliation's version stands for the whole request: a TIES-only decision moves it too,
            // so a second focal point holding the old version is refused.
            em.lock(affiliation, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        if (PendingRequests.isTiesRequested(affiliation)) {
            TiesAccess ties = affiliation.getTiesAccess();
            ties.decide(approve ? TiesState.GRANTED : TiesState.REJECTED, actor, reason, clock.instant());
            audit.record(actor, organization, approve ? AuditAction.TIES_ACCESS_GRANTED : AuditAction.TIES_ACCESS_REJECTED,
                    TiesAccess.class, ties.getId(), detail, reason);
        }
        mailer.send(outcomeMail(requester, organization, asked, actor, approve, reason));
    }

    static OutgoingMail outcomeMail(Account requester, Organization organization, PendingRequest.Asked asked,
                                    Account actor, boolean approved, String reason) {
        return OUTCOME_MAIL.mail(Words.ENGLISH, requester.getEmail(), Map.of("name", requester.getFullName(),
                "kind", asked.name(), "organization", organization.getName(), "actor", actor.getFullName(),
                "outcome", approved ? "approved" : "rejected",
                "tiesGranted", approved && asked != PendingRequest.Asked.AFFILIATION ? "yes" : "no",
                "reason", Objects.toString(reason, "")));
    }
}
