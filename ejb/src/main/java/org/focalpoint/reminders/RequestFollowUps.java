package org.focalpoint.reminders;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;
import org.focalpoint.accounts.AccountState;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.PendingRequests;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.delegation.RegistrationQueue;
import org.focalpoint.delegation.WaitingRegistration;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.nightly.RunAction;
import org.focalpoint.nightly.RunActionKind;
import org.focalpoint.nightly.RunNotification;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.tiesfocalpoint.PendingRequest;
import org.focalpoint.tiesfocalpoint.RequestQueue;
import org.focalpoint.words.Words;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The nightly follow-up of requests waiting on focal points ({@link FollowUpRule}). What waits is read
 * from the focal points' own queues ({@link RequestQueue}, {@link RegistrationQueue}), so that "waiting"
 * means here what the queues show. Each focal point is followed up in a transaction of their own:
 * the stages done ({@link RequestFollowUp}), the run's record of them ({@link RunAction}), the audit
 * entries of escalations and the focal point's one reminder mail commit together or not at all, and
 * a restarted run, like the next night, finds each stage done once. A dry run records the run's
 * actions, and only those.
 */
@Stateless
public class RequestFollowUps {

    private static final String SECRETARIAT = "secretariat:";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    /** Active focal points, TIES or designated, of active organizations with requests waiting on them: ids after {@code after}. */
    public List<Long> focalPointsAfter(long after, LocalDate today, int limit) {
        TreeSet<Long> ids = new TreeSet<>(PendingRequests.bind(em.createQuery("select distinct f.id"
                        + " from Organization o join o.tiesFocalPoint f, Affiliation a left join a.tiesAccess t"
                        + " where a.organization = o and o.active = :yes and f.state = :active and f.id > :after"
                        + " and " + PendingRequests.where("a", "t") + " order by f.id", Long.class))
                .setParameter("yes", true).setParameter("active", AccountState.ACTIVE).setParameter("after", after)
                .setMaxResults(limit).getResultList());
        ids.addAll(em.createQuery("select distinct p.id from DesignatedFocalPoint d join d.account p,"
                        + " Registration r join r.affiliation a join r.event e"
                        + " where a.organization = d.organization and e.sector = d.sector and r.state = :pending"
                        + " and e.endsOn >= :today and d.organization.active = :yes and p.state = :active"
                        + " and p.id > :after order by p.id", Long.class)
                .setParameter("pending", RegistrationState.PENDING_APPROVAL).setParameter("today", today)
                .setParameter("yes", true).setParameter("active", AccountState.ACTIVE).setParameter("after", after)
                .setMaxResults(limit).getResultList());
        return ids.stream().limit(limit).toList();
    }

    /** Active organizations with requests waiting where no active focal point can decide them: ids after {@code after}. */
    public List<Long> unattendedAfter(long after, LocalDate today, int limit) {
        TreeSet<Long> ids = new TreeSet<>(PendingRequests.bind(em.createQuery("select distinct o.id"
                        + " from Organization o left join o.tiesFocalPoint f, Affiliation a left join a.tiesAccess t"
                        + " where a.organization = o and o.active = :yes and (f is null or f.state <> :active)"
                        + " and o.id > :after and " + PendingRequests.where("a", "t") + " order by o.id", Long.class))
                .setParameter("yes", true).setParameter("active", AccountState.ACTIVE).setParameter("after", after)
                .setMaxResults(limit).getResultList());
        // Not "o.active = :yes" here: with a subquery EclipseLink inlines the parameters on H2, the
        // boolean as 1, which H2 refuses; followUpUnattended leaves an inactive organization alone.
        ids.addAll(em.createQuery("select distinct o.id from Registration r join r.affiliation a join a.organization o"
                        + " join r.event e where r.state = :pending and e.endsOn >= :today"
                        + " and o.id > :after and not exists (select d from DesignatedFocalPoint d"
                        + " where d.organization = o and d.sector = e.sector and d.account.state = :active)"
                        + " order by o.id", Long.class)
                .setParameter("pending", RegistrationState.PENDING_APPROVAL).setParameter("today", today)
                .setParameter("active", AccountState.ACTIVE).setParameter("after", after)
                .setMaxResults(limit).getResultList());
        return ids.stream().limit(limit).toList();
    }

    /**
     * Follows up what waits on one focal point, in every queue they keep: one reminder mail lists all
     * the requests due for one tonight. Returns how many requests were followed up.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int followUpFocalPoint(long runId, boolean dryRun, long personId, FollowUpRule rule, Instant now) {
        Account person = em.find(Account.class, personId);
        if (person == null || !person.isActive()) {
            return 0;
        }
        int followedUp = 0;
        List<FollowUpMail.Queue> queues = new ArrayList<>();
        List<Organization> organizations = em.createNamedQuery("Organization.withTiesFocalPoint", Organization.class)
                .setParameter("account", person).getResultList().stream()
                .filter(Organization::isActive)
                .sorted(Comparator.comparing(Organization::getName)).toList();
        for (Organization organization : organizations) {
            Outcome outcome = followUp(runId, dryRun, organization, affiliationRequests(organization),
                    person.getFullName() + ", TIES Focal Point", true, rule, now);
            followedUp += outcome.count();
            if (!outcome.reminded().isEmpty()) {
                queues.add(new FollowUpMail.Queue(organization.getName() + ", as TIES Focal Point", outcome.reminded(),
                        links.page("focalpoints/queue.xhtml", "organization", String.valueOf(organization.getId()))));
            }
        }
        List<DesignatedFocalPoint> seats = em.createNamedQuery("DesignatedFocalPoint.ofAccount",
                        DesignatedFocalPoint.class)
                .setParameter("account", person).getResultList().stream()
                .filter(d -> d.getOrganization().isActive())
                .sorted(Comparator.comparing((DesignatedFocalPoint d) -> d.getOrganization().getName())
                        .thenComparing(DesignatedFocalPoint::getSector))
                .toList();
        for (DesignatedFocalPoint seat : seats) {
            Organization organization = seat.getOrganization();
            Outcome outcome = followUp(runId, dryRun, organization,
                    registrations(organization, seat.getSector(), today(now)),
                    person.getFullName() + ", Designated Focal Point for " + seat.getSector().label(Words.ENGLISH), true, rule, now);
            followedUp += outcome.count();
            if (!outcome.reminded().isEmpty()) {
                queues.add(new FollowUpMail.Queue(organization.getName() + ", " + seat.getSector().label(Words.ENGLISH)
                        + " registrations, as Designated Focal Point", outcome.reminded(), dfpQueue(organization.getId(),
                        seat.getSector())));
            }
        }
        if (!dryRun && !queues.isEmpty()) {
            OutgoingMail mail = FollowUpMail.reminder(person.getEmail(), person.getFullName(), queues, rule);
            em.persist(new RunNotification(runId, "reminder:" + personId, mail, clock.instant()));
            mailer.send(mail);
        }
        return followedUp;
    }

    /**
     * Follows up what waits on an organization with no active focal point to decide it: it goes to
     * the secretariat once old enough for a reminder. Returns how many requests were followed up.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int followUpUnattended(long runId, boolean dryRun, long organizationId, FollowUpRule rule, Instant now) {
        Organization organization = em.find(Organization.class, organizationId);
        if (organization == null || !organization.isActive()) {
            return 0;
        }
        int followedUp = 0;
        Account tiesFocalPoint = organization.getTiesFocalPoint();
        if (tiesFocalPoint == null || !tiesFocalPoint.isActive()) {
            followedUp += followUp(runId, dryRun, organization, affiliationRequests(organization),
                    tiesFocalPoint == null ? "no TIES Focal Point designated"
                            : "the TIES Focal Point's account is not active", false, rule, now).count();
        }
        Map<Sector, Account> designated = new EnumMap<>(Sector.class);
        em.createNamedQuery("DesignatedFocalPoint.ofOrganization", DesignatedFocalPoint.class)
                .setParameter("organization", organization).getResultList()
                .forEach(d -> designated.put(d.getSector(), d.getAccount()));
        for (Sector sector : Sector.values()) {
            Account dfp = designated.get(sector);
            if (dfp == null || !dfp.isActive()) {
                followedUp += followUp(runId, dryRun, organization, registrations(organization, sector, today(now)),
                        dfp == null ? "no Designated Focal Point for " + sector.label(Words.ENGLISH) + " designated"
                                : "the Designated Focal Point's account is not active", false, rule, now).count();
            }
        }
        return followedUp;
    }

    /** Active staff not yet told of the run's escalations; none when it escalated nothing. */
    public List<Long> staffToTell(long runId) {
        if (escalations(runId) == 0) {
            return List.of();
        }
        Set<String> told = new HashSet<>(em.createQuery("select n.noticeKey from RunNotification n"
                        + " where n.runId = :run and n.noticeKey like :secretariat", String.class)
                .setParameter("run", runId).setParameter("secretariat", SECRETARIAT + "%").getResultList());
        return em.createQuery("select a.id from Account a where a.staff = :yes and a.state = :active order by a.id",
                        Long.class)
                .setParameter("yes", true).setParameter("active", AccountState.ACTIVE).getResultList().stream()
                .filter(id -> !told.contains(SECRETARIAT + id))
                .toList();
    }

    /** One staff member's mail listing the run's escalations, recorded as it leaves: sent once per run. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void tellStaff(long runId, long staffId, FollowUpRule rule) {
        Account staff = em.find(Account.class, staffId);
        if (staff == null || !staff.isActive() || !staff.isStaff()) {
            return;
        }
        List<FollowUpMail.Escalation> shown = em.createQuery("select a, o.name from RunAction a, Organization o"
                        + " where o.id = a.organizationId and a.runId = :run and a.action = :escalated"
                        + " order by o.name, a.id", Object[].class)
                .setParameter("run", runId).setParameter("escalated", RunActionKind.ESCALATED)
                .setMaxResults(FollowUpMail.LINES).getResultStream()
                .map(row -> {
                    RunAction action = (RunAction) row[0];
                    return new FollowUpMail.Escalation((String) row[1], action.getDetail(), action.getSector() == null
                            ? links.page("focalpoints/queue.xhtml", "organization",
                            String.valueOf(action.getOrganizationId()))
                            : dfpQueue(action.getOrganizationId(), action.getSector()));
                })
                .toList();
        OutgoingMail mail = FollowUpMail.escalation(staff.getEmail(), staff.getFullName(), shown, escalations(runId),
                rule, links.page("staff/organizations.xhtml"));
        em.persist(new RunNotification(runId, SECRETARIAT + staffId, mail, clock.instant()));
        mailer.send(mail);
    }

    private long escalations(long runId) {
        return em.createQuery("select count(a) from RunAction a where a.runId = :run and a.action = :escalated",
                        Long.class)
                .setParameter("run", runId).setParameter("escalated", RunActionKind.ESCALATED).getSingleResult();
    }

    /** What one queue's follow-up did: how many requests it followed up, and the lines of those reminded. */
    private record Outcome(int count, List<String> reminded) {
    }

    private Outcome followUp(long runId, boolean dryRun, Organization organization, List<WaitingRequest> waiting,
                             String waitingOn, boolean hasFocalPoint, FollowUpRule rule, Instant now) {
        if (waiting.isEmpty()) {
            return new Outcome(0, List.of());
        }
        RequestKind kind = waiting.get(0).kind();
        List<RequestFollowUp> done = done(organization, kind);
        Set<String> acted = new HashSet<>(em.createQuery("select a.subjectKey from RunAction a where a.runId = :run"
                        + " and a.organizationId = :organization", String.class)
                .setParameter("run", runId).setParameter("organization", organization.getId()).getResultList());
        int count = 0;
        List<String> reminded = new ArrayList<>();
        for (WaitingRequest request : waiting) {
            // a restarted dry run, which records no stage, would otherwise report it twice
            if (acted.contains(request.subjectKey())) {
                continue;
            }
            Set<FollowUpStage> stages = done.stream().filter(f -> f.isOf(request)).map(RequestFollowUp::getStage)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(FollowUpStage.class)));
            Optional<FollowUpStage> due = rule.due(request.since(), now, hasFocalPoint, stages);
            if (due.isPresent()) {
                record(runId, dryRun, organization, request, due.get(), waitingOn, now);
                count++;
                if (due.get() == FollowUpStage.REMINDED) {
                    reminded.add(FollowUpMail.line(request));
                }
            }
        }
        return new Outcome(count, reminded);
    }

    private void record(long runId, boolean dryRun, Organization organization, WaitingRequest request,
                        FollowUpStage stage, String waitingOn, Instant now) {
        String detail = FollowUpMail.line(request) + "; " + waitingOn;
        boolean escalated = stage == FollowUpStage.ESCALATED;
        RunActionKind action = escalated ? RunActionKind.ESCALATED : RunActionKind.REMINDED;
        if (request.kind() == RequestKind.AFFILIATION) {
            Affiliation affiliation = em.find(Affiliation.class, request.id());
            em.persist(RunAction.onRequest(runId, action, request.subjectKey(), organization.getId(),
                    affiliation.getAccount().getId(), null, null, null, detail));
        } else {
            Registration registration = em.find(Registration.class, request.id());
            em.persist(RunAction.onRequest(runId, action, request.subjectKey(), organization.getId(),
                    registration.getAccount().getId(), registration.getId(), registration.getEvent().getId(),
                    request.sector(), detail));
        }
        if (dryRun) {
            return;
        }
        em.persist(new RequestFollowUp(request, stage, runId, now));
        if (escalated) {
            boolean affiliation = request.kind() == RequestKind.AFFILIATION;
            audit.record(null, organization, affiliation ? AuditAction.AFFILIATION_REQUEST_ESCALATED
                            : AuditAction.REGISTRATION_ESCALATED, affiliation ? Affiliation.class : Registration.class,
                    request.id(), "Nightly follow-up (run " + runId + "): " + detail, null);
        }
    }

    /** The stages done for the organization's requests of that kind still waiting, whichever request they were for. */
    private List<RequestFollowUp> done(Organization organization, RequestKind kind) {
        if (kind == RequestKind.AFFILIATION) {
            return PendingRequests.bind(em.createQuery("select f from RequestFollowUp f, Affiliation a"
                            + " left join a.tiesAccess t where f.kind = :kind and f.requestId = a.id"
                            + " and a.organization = :organization and " + PendingRequests.where("a", "t"),
                                    RequestFollowUp.class))
                    .setParameter("kind", kind).setParameter("organization", organization).getResultList();
        }
        return em.createQuery("select f from RequestFollowUp f, Registration r where f.kind = :kind"
                        + " and f.requestId = r.id and r.affiliation.organization = :organization and r.state = :pending",
                        RequestFollowUp.class)
                .setParameter("kind", kind).setParameter("organization", organization)
                .setParameter("pending", RegistrationState.PENDING_APPROVAL).getResultList();
    }

    private List<WaitingRequest> affiliationRequests(Organization organization) {
        return RequestQueue.allPending(em, organization).stream()
                .map(RequestFollowUps::affiliationRequest).toList();
    }

    private static WaitingRequest affiliationRequest(PendingRequest request) {
        return new WaitingRequest(RequestKind.AFFILIATION, request.affiliationId(), request.personName(),
                request.email(), request.asked().label(Words.ENGLISH), null, request.requestedSince());
    }

    private List<WaitingRequest> registrations(Organization organization, Sector sector, LocalDate today) {
        return RegistrationQueue.waitingForComingEvents(em, organization, sector, today).stream()
                .map(r -> registration(sector, r)).toList();
    }

    private static WaitingRequest registration(Sector sector, WaitingRegistration r) {
        return new WaitingRequest(RequestKind.REGISTRATION, r.registrationId(), r.delegateName(), r.email(),
                "registration for " + r.eventTitle() + " (" + r.eventStartsOn() + ")", sector, r.registeredSince());
    }

    private String dfpQueue(long organizationId, Sector sector) {
        return links.page("dfp/queue.xhtml", "organization", String.valueOf(organizationId)) + "&sector=" + sector.name();
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneId.systemDefault());
    }
}
