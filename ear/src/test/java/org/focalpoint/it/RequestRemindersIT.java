package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.audit.AuditAction;
import org.focalpoint.audit.AuditEntry;
import org.focalpoint.audit.AuditLog;
import org.focalpoint.events.Event;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.nightly.JobLauncher;
import org.focalpoint.nightly.JobRun;
import org.focalpoint.nightly.JobRunState;
import org.focalpoint.nightly.JobRuns;
import org.focalpoint.nightly.NightlyJob;
import org.focalpoint.nightly.RunAction;
import org.focalpoint.nightly.RunActionKind;
import org.focalpoint.nightly.RunSummary;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.focalpoint.reminders.RequestKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nightly follow-up of requests waiting on focal points, from crafted requests made to wait 8 and
 * 15 days: the focal point's one reminder, the secretariat's one mail of escalations, nothing twice
 * on the next run, and a dry run that reports the same and changes nothing. The test first lets a
 * run settle what earlier tests left in the shared database.
 */
@ExtendWith(ArquillianExtension.class)
class RequestRemindersIT {

    private static final String ESCALATED = "passed to the secretariat";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    JobLauncher launcher;

    @Inject
    JobRuns runs;

    @Inject
    AuditLog audit;

    private NightlyRunner nightly;

    @BeforeEach
    void runner() {
        nightly = new NightlyRunner(launcher, runs, em, tx);
    }

    /** A member for ITU-T with its TIES Focal Point, who may also be its ITU-T DFP, and a coming study group. */
    private final class Member {
        final Organization organization;
        final Account focalPoint;
        final Event coming;
        final Event ended;

        Member(boolean alsoDfp) throws Exception {
            tx.begin();
            organization = TestData.member(em);
            focalPoint = approved(TestData.activeAccount(em, TestData.uniqueEmail("focal-point")));
            organization.designateTiesFocalPoint(focalPoint);
            if (alsoDfp) {
                em.persist(new DesignatedFocalPoint(organization, Sector.ITU_T, focalPoint, Instant.now()));
            }
            coming = TestData.studyGroupEnding(em, LocalDate.now().plusDays(30));
            ended = TestData.studyGroupEnding(em, LocalDate.now().minusDays(1));
            tx.commit();
        }

        /** An affiliation and TIES request waiting since {@code daysAgo}. */
        Affiliation request(int daysAgo) throws Exception {
            tx.begin();
            Affiliation affiliation = new Affiliation(TestData.activeAccount(em, TestData.uniqueEmail("asks")),
                    em.find(Organization.class, organization.getId()), Instant.now());
            em.persist(affiliation);
            em.persist(affiliation.requestTiesAccess(Instant.now()));
            em.flush();
            em.createQuery("update Affiliation a set a.requestedAt = :at where a.id = :id")
                    .setParameter("at", ago(daysAgo)).setParameter("id", affiliation.getId()).executeUpdate();
            tx.commit();
            return affiliation;
        }

        /** A registration waiting for the ITU-T DFP since {@code daysAgo}. */
        Registration registration(Event event, int daysAgo) throws Exception {
            tx.begin();
            Account delegate = approved(TestData.activeAccount(em, TestData.uniqueEmail("delegate")));
            Affiliation affiliation = em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                    .setParameter("account", delegate).getSingleResult();
            Registration registration = TestData.registration(em, em.find(Event.class, event.getId()), affiliation,
                    RegistrationState.PENDING_APPROVAL);
            em.flush();
            em.createQuery("update Registration r set r.registeredAt = :at where r.id = :id")
                    .setParameter("at", ago(daysAgo)).setParameter("id", registration.getId()).executeUpdate();
            tx.commit();
            return registration;
        }

        private Account approved(Account account) {
            Affiliation affiliation = new Affiliation(account, em.find(Organization.class, organization.getId()),
                    Instant.now());
            affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
            em.persist(affiliation);
            return account;
        }
    }

    @Test
    void focalPointsAreRemindedOnceAndTheSecretariatToldOnceAfterADryRunThatReportedTheSame() throws Exception {
        nightly.settle(NightlyJob.REQUEST_REMINDERS);
        Member acme = new Member(true);
        Affiliation remindA = acme.request(8);
        Affiliation escalateA = acme.request(15);
        Affiliation fresh = acme.request(2);
        Registration remindRegistration = acme.registration(acme.coming, 8);
        Registration endedEvent = acme.registration(acme.ended, 15);
        Member other = new Member(false);
        Affiliation remindB = other.request(9);
        Registration noDfp = other.registration(other.coming, 8);
        String staffEmail = nightly.staff().getEmail();

        RunSummary dry = nightly.finished(launcher.start(nightly.staff(), NightlyJob.REQUEST_REMINDERS, true));
        Map<RunActionKind, Long> expected = Map.of(RunActionKind.REMINDED, 3L, RunActionKind.ESCALATED, 2L);
        assertEquals(expected, dry.actions(), "the dry run reports what is due");
        assertEquals(0, dry.notifications());
        assertTrue(audit.about(Affiliation.class, escalateA.getId()).isEmpty(), "a dry run audits nothing");
        assertTrue(reminders(acme.focalPoint.getEmail()).isEmpty(), "nor mails anyone");
        assertTrue(reminders(other.focalPoint.getEmail()).isEmpty());
        List<Long> affiliations = List.of(remindA.getId(), escalateA.getId(), fresh.getId(), remindB.getId());
        List<Long> registrations = List.of(remindRegistration.getId(), endedEvent.getId(), noDfp.getId());
        assertEquals(0L, followUps(affiliations, registrations), "nor records a stage done");

        RunSummary real = nightly.finished(launcher.start(nightly.staff(), NightlyJob.REQUEST_REMINDERS, false));
        assertEquals(expected, real.actions());
        assertEquals(nightly.actions(dry.run()), nightly.actions(real.run()), "the dry run reported what the real run did");
        assertEquals(Set.of(
                        "ESCALATED affiliation:" + escalateA.getId(),
                        "ESCALATED registration:" + noDfp.getId(),
                        "REMINDED affiliation:" + remindA.getId(),
                        "REMINDED affiliation:" + remindB.getId(),
                        "REMINDED registration:" + remindRegistration.getId()),
                nightly.actions(real.run()).stream().map(a -> a.substring(0, a.lastIndexOf(' '))).collect(Collectors.toSet()));

        Mailbox.Mail reminder = Mailbox.await(acme.focalPoint.getEmail(), "Reminder: 2 requests");
        assertTrue(reminder.body().contains(remindA.getAccount().getEmail())
                && reminder.body().contains(remindRegistration.getAccount().getEmail())
                && reminder.body().contains("after 14 days of waiting"), reminder.body());
        assertFalse(reminder.body().contains(escalateA.getAccount().getEmail()), "escalated, not reminded");
        assertFalse(reminder.body().contains(fresh.getAccount().getEmail()), "not late yet");
        assertFalse(reminder.body().contains(endedEvent.getAccount().getEmail()), "the event has ended");
        assertTrue(reminder.link("focalpoints/queue.xhtml").contains("organization=" + acme.organization.getId()));
        assertEquals(1, reminders(acme.focalPoint.getEmail()).size(), "one mail for the whole night");

        Mailbox.Mail otherReminder = Mailbox.await(other.focalPoint.getEmail(), "Reminder: 1 request");
        assertTrue(otherReminder.body().contains(remindB.getAccount().getEmail()), otherReminder.body());
        assertFalse(otherReminder.body().contains(acme.organization.getName()), "only their own organization's");
        assertFalse(otherReminder.body().contains(remindA.getAccount().getEmail()));

        Mailbox.Mail escalation = escalationsAbout(staffEmail, acme.organization, 1).get(0);
        assertTrue(escalation.subject().startsWith("2 requests"), escalation.subject());
        assertTrue(escalation.body().contains(escalateA.getAccount().getEmail())
                && escalation.body().contains(other.organization.getName() + ": ")
                && escalation.body().contains(noDfp.getAccount().getEmail())
                && escalation.body().contains("no Designated Focal Point for ITU-T designated")
                && escalation.body().contains("staff/organizations.xhtml"), escalation.body());
        assertFalse(escalation.body().contains(remindA.getAccount().getEmail()), "reminded, not escalated");

        List<AuditEntry> trail = audit.about(Affiliation.class, escalateA.getId());
        assertEquals(1, trail.size());
        assertEquals(AuditAction.AFFILIATION_REQUEST_ESCALATED.name(), trail.get(0).getAction());
        assertEquals(1, audit.about(Registration.class, noDfp.getId()).size());
        assertTrue(audit.about(Affiliation.class, remindA.getId()).isEmpty(), "a reminder is no decision");

        RunSummary again = nightly.finished(launcher.start(nightly.staff(), NightlyJob.REQUEST_REMINDERS, false));
        assertEquals(Map.of(), again.actions(), "each stage once");
        assertEquals(0, again.notifications(), "no mail twice");
        assertEquals(1, reminders(acme.focalPoint.getEmail()).size());
        assertEquals(1, escalationsAbout(staffEmail, acme.organization, 1).size());
        assertEquals(1, audit.about(Affiliation.class, escalateA.getId()).size());
        assertEquals(5L, followUps(affiliations, registrations), "one stage for each request followed up");
    }

    private static Instant ago(int days) {
        return Instant.now().minus(Duration.ofDays(days));
    }

    /** A real run over what earlier tests left, so that the run under test meets only its own requests. */
    /** Stages recorded as done for the requests of these affiliations and these registrations. */
    private long followUps(List<Long> affiliations, List<Long> registrations) {
        return em.createQuery("select count(f) from RequestFollowUp f where (f.kind = :affiliation"
                        + " and f.requestId in :affiliations) or (f.kind = :registration and f.requestId in :registrations)",
                        Long.class)
                .setParameter("affiliation", RequestKind.AFFILIATION).setParameter("affiliations", affiliations)
                .setParameter("registration", RequestKind.REGISTRATION).setParameter("registrations", registrations)
                .getSingleResult();
    }

    /**
     * The reminders a focal point received. Their digests of new requests come on a timer of their
     * own every five minutes of the clock, whenever this test runs: those are not this job's mails.
     */
    private static List<Mailbox.Mail> reminders(String email) {
        return Mailbox.of(email).stream().filter(m -> m.subject().startsWith("Reminder:")).toList();
    }

    /** The staff's mails of escalations that name {@code organization}, once {@code count} arrived. */
    private List<Mailbox.Mail> escalationsAbout(String staffEmail, Organization organization, int count)
            throws Exception {
        return Polling.until(() -> Mailbox.of(staffEmail).stream()
                        .filter(m -> m.subject().contains(ESCALATED) && m.body().contains(organization.getName()))
                        .toList(),
                mails -> mails.size() >= count, Duration.ofMillis(200), Duration.ofSeconds(20),
                "the secretariat's mail about " + organization.getName());
    }

    /** A run's actions as "action subject account", sorted, to compare two runs. */}
