package org.focalpoint.reconciliation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;
import org.focalpoint.nightly.RunAction;
import org.focalpoint.nightly.RunActionKind;
import org.focalpoint.nightly.RunNotification;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * After the night's changes, each member's Designated Focal Point for a sector gets one mail listing
 * the registrations that went back to them or were cancelled. Each mail is recorded in the
 * transaction that queues it, so a restarted run sends only the ones not sent yet.
 */
@Stateless
public class FocalPointNotices {

    private static final List<RunActionKind> TOLD = List.of(RunActionKind.AUTO_APPROVAL_WITHDRAWN,
            RunActionKind.CANCELLED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    /** Members and sectors whose focal point has not been told yet. */
    public List<Member> due(long runId) {
        Set<String> told = new HashSet<>(em.createQuery("select n.noticeKey from RunNotification n"
                        + " where n.runId = :run", String.class)
                .setParameter("run", runId)
                .getResultList());
        return em.createQuery("select distinct a.organizationId, a.sector from RunAction a where a.runId = :run"
                        + " and a.action in :told", Object[].class)
                .setParameter("run", runId)
                .setParameter("told", TOLD)
                .getResultStream()
                .map(row -> new Member((Long) row[0], (Sector) row[1]))
                .filter(member -> !told.contains(member.noticeKey()))
                .sorted(Comparator.comparingLong(Member::organizationId).thenComparing(Member::sector))
                .toList();
    }

    /**
     * Tells these members' focal points, in one transaction (a restart sends the ones not recorded),
     * reading what they are told for all of them at once.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void tell(long runId, List<Member> members) {
        List<Long> ids = members.stream().map(Member::organizationId).distinct().toList();
        Map<Long, Organization> organizations = em.createQuery("select o from Organization o"
                        + " left join fetch o.tiesFocalPoint where o.id in :ids", Organization.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Organization::getId, Function.identity()));
        Map<Member, Account> designated = em.createQuery("select d from DesignatedFocalPoint d"
                        + " where d.organization.id in :ids", DesignatedFocalPoint.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(d -> new Member(d.getOrganization().getId(), d.getSector()),
                        DesignatedFocalPoint::getAccount));
        Map<Member, List<String>> lines = em.createQuery("select a, acc, e.title from RunAction a, Registration r"
                        + " join r.account acc join r.event e where r.id = a.registrationId and a.runId = :run"
                        + " and a.organizationId in :ids and a.action in :told order by a.id", Object[].class)
                .setParameter("run", runId)
                .setParameter("ids", ids)
                .setParameter("told", TOLD)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> Member.of((RunAction) row[0]), LinkedHashMap::new,
                        Collectors.mapping(row -> line((RunAction) row[0], (Account) row[1], (String) row[2]),
                                Collectors.toList())));
        for (Member member : members) {
            Organization organization = organizations.get(member.organizationId());
            Account focalPoint = designated.getOrDefault(member, organization.getTiesFocalPoint());
            if (focalPoint != null && lines.containsKey(member)) {
                OutgoingMail mail = ReconciliationMail.toFocalPoint(focalPoint, organization, member.sector(),
                        lines.get(member), links.page("dfp/queue.xhtml", "organization",
                                String.valueOf(organization.getId())));
                em.persist(new RunNotification(runId, member.noticeKey(), mail, clock.instant()));
                mailer.send(mail);
            }
        }
    }

    /** A member organization for one sector: whose Designated Focal Point is told. */
    public record Member(long organizationId, Sector sector) {

        static Member of(RunAction action) {
            return new Member(action.getOrganizationId(), action.getSector());
        }

        String noticeKey() {
            return "dfp:" + organizationId + ":" + sector;
        }
    }

    private static String line(RunAction action, Account delegate, String event) {
        return delegate.getFullName() + ", " + event + ": "
                + (action.getAction() == RunActionKind.CANCELLED ? "cancelled" : "waits for your decision")
                + " (" + action.getDetail() + ")";
    }
}
