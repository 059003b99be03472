package org.focalpoint.reconciliation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;
import org.focalpoint.events.Registration;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.runs.RunAction;
import org.focalpoint.runs.RunActionKind;
import org.focalpoint.runs.RunNotification;

import java.util.List;

/**
 * After the night's changes, each member's Designated Focal Point for a sector gets one mail listing
 * the registrations that went back to them or were cancelled. Each mail is recorded in its own
 * transaction, so a restarted run sends only the ones not sent yet.
 */
@Stateless
public class FocalPointNotices {

    private static final List<RunActionKind> TOLD = List.of(RunActionKind.AUTO_APPROVAL_WITHDRAWN,
            RunActionKind.CANCELLED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    /** Members and sectors whose focal point has not been told yet. */
    public List<Member> due(long runId) {
        return em.createQuery("select distinct a.organizationId, a.sector from RunAction a where a.runId = :run"
                        + " and a.action in :told", Object[].class)
                .setParameter("run", runId)
                .setParameter("told", TOLD)
                .getResultStream()
                .map(row -> new Member((Long) row[0], (Sector) row[1]))
                .filter(member -> em.createQuery("select count(n) from RunNotification n where n.runId = :run"
                                + " and n.noticeKey = :key", Long.class)
                        .setParameter("run", runId)
                        .setParameter("key", member.noticeKey())
                        .getSingleResult() == 0)
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void tell(long runId, Member member) {
        Organization organization = em.find(Organization.class, member.organizationId());
        Account focalPoint = em.createQuery("select d from DesignatedFocalPoint d where d.organization = :organization"
                        + " and d.sector = :sector", DesignatedFocalPoint.class)
                .setParameter("organization", organization)
                .setParameter("sector", member.sector())
                .getResultStream().findFirst()
                .map(DesignatedFocalPoint::getAccount)
                .orElse(organization.getTiesFocalPoint());
        if (focalPoint == null) {
            return;
        }
        List<String> lines = em.createQuery("select a from RunAction a where a.runId = :run and a.organizationId"
                        + " = :organization and a.sector = :sector and a.action in :told order by a.id", RunAction.class)
                .setParameter("run", runId)
                .setParameter("organization", organization.getId())
                .setParameter("sector", member.sector())
                .setParameter("told", TOLD)
                .getResultStream()
                .map(this::line)
                .toList();
        OutgoingMail mail = ReconciliationMail.toFocalPoint(focalPoint, organization, member.sector(), lines,
                links.page("dfp/queue.xhtml", "organization", String.valueOf(organization.getId())));
        em.persist(new RunNotification(runId, member.noticeKey(), mail));
        mailer.send(mail);
    }

    /** A member organization for one sector: whose Designated Focal Point is told. */
    public record Member(long organizationId, Sector sector) {

        String noticeKey() {
            return "dfp:" + organizationId + ":" + sector;
        }
    }

    private String line(RunAction action) {
        Registration registration = em.find(Registration.class, action.getRegistrationId());
        return registration.getAccount().getFullName() + ", " + registration.getEvent().getTitle() + ": "
                + (action.getAction() == RunActionKind.CANCELLED ? "cancelled" : "waits for your decision")
                + " (" + action.getDetail() + ")";
    }
}
