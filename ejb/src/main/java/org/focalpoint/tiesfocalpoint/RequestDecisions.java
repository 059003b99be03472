package org.focalpoint.tiesfocalpoint;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesAccess;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.organizations.Organization;
import org.focalpoint.words.Words;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A focal point decides the affiliation and the TIES request of each person in one go, for many
 * people at once. All or nothing: one refused item leaves every item as it was.
 */
@Stateless
public class RequestDecisions {

    static final int REASON_MAX = 1000;

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
        decide(authority.actFor(actor, organizationId), items, true, null);
    }

    /** Rejects both, or only the TIES request when the affiliation was approved before. */
    public void reject(Account actor, Long organizationId, List<Decided> items, String reason) {
        String given = reason == null ? "" : reason.trim();
        if (given.isEmpty()) {
            throw new RuleViolation("tiesfocalpoint.reason-required");
        }
        if (given.length() > REASON_MAX) {
            throw new RuleViolation("decisions.reason-too-long", String.valueOf(REASON_MAX));
        }
        decide(authority.actFor(actor, organizationId), items, false, given);
    }

    private void decide(Acting acting, List<Decided> items, boolean approve, String reason) {
        if (items == null || items.isEmpty()) {
            throw new RuleViolation("tiesfocalpoint.select-request");
        }
        List<Affiliation> affiliations = ownRequests(acting.organization(), items);
        for (int i = 0; i < items.size(); i++) {
            Affiliation affiliation = affiliations.get(i);
            if (affiliation.getVersion() != items.get(i).version() || !AlreadyDecided.isPending(affiliation)) {
                throw notPending(affiliation, AlreadyDecided.message(affiliation));
            }
        }
        for (Affiliation affiliation : affiliations) {
            decideOne(acting, affiliation, approve, reason);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // Someone decided one of them between our read and our write: tell who, as for a stale list.
            Affiliation lost = lostRace(e, affiliations);
            throw notPending(lost, history.alreadyDecided(lost.getId()));
        }
    }

    /** Every item first, before anything changes: a foreign or unknown id refuses the whole lot. */
    private List<Affiliation> ownRequests(Organization organization, List<Decided> items) {
        List<Affiliation> affiliations = new ArrayList<>();
        for (Decided item : items) {
            Affiliation affiliation = item == null || item.affiliationId() == null ? null
                    : em.find(Affiliation.class, item.affiliationId());
            if (affiliation == null || !affiliation.getOrganization().getId().equals(organization.getId())) {
                throw item == null
                        ? new RuleViolation("tiesfocalpoint.not-a-request-here", organization.getName())
                        : new RuleViolation("tiesfocalpoint.request-not-here", String.valueOf(item.affiliationId()),
                                organization.getName());
            }
            if (affiliations.contains(affiliation)) {
                throw new RuleViolation("tiesfocalpoint.request-twice");
            }
            affiliations.add(affiliation);
        }
        return affiliations;
    }

    private void decideOne(Acting acting, Affiliation affiliation, boolean approve, String reason) {
        Account actor = acting.actor();
        Organization organization = acting.organization();
        Account requester = affiliation.getAccount();
        String detail = requester.getFullName() + " <" + requester.getEmail() + ">, " + organization.getName();
        PendingRequest.Asked asked = PendingRequest.Asked.of(affiliation.getState() == AffiliationState.REQUESTED,
                AlreadyDecided.isTiesRequested(affiliation));
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
        if (AlreadyDecided.isTiesRequested(affiliation)) {
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
                "asked", asked, "organization", organization.getName(), "actor", actor.getFullName(),
                "outcome", approved ? "approved" : "rejected",
                "tiesGranted", approved && asked != PendingRequest.Asked.AFFILIATION ? "yes" : "no",
                "reason", Objects.toString(reason, "")));
    }

    private static Affiliation lostRace(OptimisticLockException e, List<Affiliation> affiliations) {
        Object entity = e.getEntity();
        if (entity instanceof TiesAccess ties) {
            entity = ties.getAffiliation();
        }
        for (Affiliation affiliation : affiliations) {
            if (affiliation == entity || affiliation.getId().equals(idOf(entity))) {
                return affiliation;
            }
        }
        return affiliations.get(0);
    }

    private static Long idOf(Object entity) {
        return entity instanceof Affiliation affiliation ? affiliation.getId() : null;
    }

    private static RuleViolation notPending(Affiliation affiliation, String why) {
        return new RuleViolation("tiesfocalpoint.not-pending", affiliation.getAccount().getFullName(),
                affiliation.getAccount().getEmail(), why);
    }
}
