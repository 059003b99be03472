package org.focalpoint.reconciliation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.events.Registration;
import org.focalpoint.nightly.RunAction;
import org.focalpoint.nightly.RunNotification;
import org.focalpoint.nightly.RunPartition;
import org.focalpoint.notifications.Links;
import org.focalpoint.notifications.MailTemplate;
import org.focalpoint.notifications.Mailer;
import org.focalpoint.notifications.OutgoingMail;
import org.focalpoint.optin.OptInChange;
import org.focalpoint.optin.OptInSetting;
import org.focalpoint.optin.OptInSource;
import org.focalpoint.optin.StudyPeriod;
import org.focalpoint.organizations.Organization;
import org.focalpoint.words.Words;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes the reconciliation's changes, each with its audit entry, its record in the run's summary and
 * the delegate's mail, in the caller's transaction (a chunk of the job): all of a chunk or none, and
 * a restarted run starts after the last chunk committed. A dry run records what it would do, and only that.
 */
@Stateless
public class ReconciliationChanges {

    private static final MailTemplate LAPSED_MAIL = new MailTemplate("opt-in-lapsed");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private StudyPeriod studyPeriod;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private Mailer mailer;

    @Inject
    private Links links;

    /** {@code reviewed} registrations were compared; {@code changes} are those the night changes. */
    public void apply(long runId, boolean dryRun, int partition, int reviewed, List<Change> changes) {
        Map<Long, Registration> registrations = dryRun ? Map.of() : registrations(changes);
        for (Change change : changes) {
            Candidate candidate = change.candidate();
            if (dryRun || changed(registrations.get(candidate.registrationId()), candidate, change, runId)) {
                em.persist(RunAction.onRegistration(runId, change.action(), candidate.registrationId(),
                        candidate.organizationId(), candidate.accountId(), candidate.eventId(), candidate.sector(),
                        change.why()));
            }
        }
        em.find(RunPartition.class, new RunPartition.Key(runId, partition)).progressed(reviewed);
    }

    /** The chunk's registrations to change, with what their audit entries and mails name, in one query. */
    private Map<Long, Registration> registrations(List<Change> changes) {
        if (changes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r from Registration r join fetch r.event join fetch r.account"
                        + " join fetch r.affiliation a join fetch a.organization where r.id in :ids", Registration.class)
                .setParameter("ids", changes.stream().map(change -> change.candidate().registrationId()).toList())
                .getResultStream()
                .collect(Collectors.toMap(Registration::getId, Function.identity()));
    }

    /** False when someone changed the registration since it was read: the next night compares it again. */
    private boolean changed(Registration registration, Candidate candidate, Change change, long runId) {
        if (registration == null || registration.getVersion() != candidate.version()) {
            return false;
        }
        AuditAction action = switch (change.to()) {
            case PENDING_APPROVAL -> {
                registration.awaitDecision(change.basis());
                yield AuditAction.REGISTRATION_AUTO_APPROVAL_WITHDRAWN;
            }
            case CANCELLED -> {
                registration.decide(change.to(), change.basis(), null, change.why(), clock.instant());
                yield AuditAction.REGISTRATION_CANCELLED;
            }
            default -> {
                registration.decide(change.to(), change.basis(), null, null, clock.instant());
                yield AuditAction.REGISTRATION_AUTO_APPROVED;
            }
        };
        audit.record(null, registration.getAffiliation().getOrganization(), action, Registration.class,
                registration.getId(), "Nightly reconciliation (run " + runId + "): "
                        + registration.getEvent().getTitle() + ", " + registration.getAccount().getFullName()
                        + ": " + change.to().label(Words.ENGLISH), change.why());
        OutgoingMail mail = ReconciliationMail.toDelegate(registration, change, links.page("registrations.xhtml"),
                links.page("events.xhtml"));
        em.persist(new RunNotification(runId, "delegate:registration:" + registration.getId(), mail, clock.instant()));
        mailer.send(mail);
        return true;
    }

    /** Opt-ins past the end of their study period are recorded as lapsed, with their history and audit entry. */
    public int lapseOptIns(long runId, boolean dryRun, LocalDate today) {
        StudyPeriod period = studyPeriod;
        List<OptInSetting> due = em.createQuery("select s from OptInSetting s where s.optedIn = true order by s.id",
                        OptInSetting.class)
                .getResultStream()
                .filter(setting -> period.isOver(today) || !setting.standsOptedIn(today))
                .toList();
        for (OptInSetting setting : due) {
            LocalDate lapsed = setting.getLapsesOn() == null ? today : setting.getLapsesOn().plusDays(1);
            String detail = setting.getOrganization().getName() + ", " + setting.getSector().label(Words.ENGLISH)
                    + ": opted out from " + lapsed + ", the study period having ended";
            em.persist(RunAction.onOptIn(runId, setting.getOrganization().getId(), setting.getSector(), detail));
            if (!dryRun) {
                setting.optOut(lapsed);
                OptInChange change = new OptInChange(setting.getOrganization(), setting.getSector(), false, lapsed,
                        OptInSource.STUDY_PERIOD_END, "Nightly reconciliation, run " + runId, null, null,
                                clock.instant());
                em.persist(change);
                em.flush();
                audit.record(null, setting.getOrganization(), AuditAction.OPT_IN_LAPSED, OptInChange.class,
                        change.getId(), detail, null);
                tellFocalPoints(runId, setting, lapsed);
            }
        }
        return due.size();
    }

    /**
     * The member's TIES Focal Point and its Designated Focal Point for the sector learn that its
     * registrations wait for approval again: each once, whoever holds both roles.
     */
    private void tellFocalPoints(long runId, OptInSetting setting, LocalDate lapsedOn) {
        Organization organization = setting.getOrganization();
        Map<Long, Account> focalPoints = new LinkedHashMap<>();
        if (organization.getTiesFocalPoint() != null) {
            focalPoints.put(organization.getTiesFocalPoint().getId(), organization.getTiesFocalPoint());
        }
        em.createQuery("select d.account from DesignatedFocalPoint d where d.organization = :organization"
                        + " and d.sector = :sector", Account.class)
                .setParameter("organization", organization).setParameter("sector", setting.getSector())
                .getResultStream().forEach(account -> focalPoints.putIfAbsent(account.getId(), account));
        for (Account person : focalPoints.values()) {
            OutgoingMail mail = LAPSED_MAIL.mail(Words.ENGLISH, person.getEmail(), Map.of("name", person.getFullName(),
                    "organization", organization.getName(), "sector", setting.getSector(), "lapsedOn", lapsedOn,
                    "link", links.page("opt-in.xhtml")));
            em.persist(new RunNotification(runId, "opt-in-lapsed:" + setting.getId() + ":" + person.getId(), mail,
                    clock.instant()));
            mailer.send(mail);
        }
    }
}
