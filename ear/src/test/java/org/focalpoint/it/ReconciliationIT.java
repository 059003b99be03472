package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.RuleViolation;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
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
import org.focalpoint.nightly.RunActionKind;
import org.focalpoint.nightly.RunSummary;
import org.focalpoint.optin.OptInSetting;
import org.focalpoint.organizations.DesignatedFocalPoint;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nightly reconciliation from crafted delegation lists: each action, its mails and its summary;
 * a dry run; a run stopped half-way and restarted; two starts at once. Each test first lets a run
 * settle what earlier tests left in the shared database, so that the run under test finds only its
 * own crafted work.
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationIT {

    private static final String ONLY_STAFF = "Only secretariat staff can run the nightly jobs.";


    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext(unitName = "focalpoint")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource
    ManagedExecutorService executor;

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

    /** One member opted in for ITU-T, its DFP, and a coming study group. */
    private final class Member {
        final Organization organization;
        final Account dfp;
        final Event coming;
        final Event ended;

        Member(LocalDate optInLapses) throws Exception {
            tx.begin();
            organization = TestData.member(em);
            dfp = person(organization, false);
            em.persist(new DesignatedFocalPoint(organization, Sector.ITU_T, dfp, Instant.now()));
            OptInSetting optIn = new OptInSetting(organization, Sector.ITU_T);
            optIn.optIn(LocalDate.now().minusMonths(6), optInLapses);
            em.persist(optIn);
            coming = TestData.studyGroupEnding(em, LocalDate.now().plusDays(30));
            ended = TestData.studyGroupEnding(em, LocalDate.now().minusDays(1));
            tx.commit();
        }

        /** A delegate with TIES granted, registered to the coming study group in {@code state}. */
        Registration delegate(RegistrationState state) throws Exception {
            return registered(coming, state);
        }

        Registration registered(Event event, RegistrationState state) throws Exception {
            tx.begin();
            Account account = person(organization, true);
            Affiliation affiliation = affiliation(account);
            Registration registration = TestData.registration(em, em.find(Event.class, event.getId()), affiliation, state);
            tx.commit();
            return registration;
        }

        private Account person(Organization organization, boolean ties) {
            Account account = TestData.activeAccount(em, TestData.uniqueEmail("delegate"));
            Affiliation affiliation = new Affiliation(account, em.find(Organization.class, organization.getId()),
                    Instant.now());
            affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
            em.persist(affiliation);
            if (ties) {
                em.persist(affiliation.requestTiesAccess(Instant.now()));
                affiliation.getTiesAccess().decide(TiesState.GRANTED, null, null, Instant.now());
            }
            return account;
        }

        private Affiliation affiliation(Account account) {
            return em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                    .setParameter("account", account).getResultList().get(0);
        }
    }

    @Test
    void eachActionIsTakenOnceMailedAndSummedUpAfterADryRunThatReportedTheSame() throws Exception {
        nightly.settle(NightlyJob.RECONCILIATION);
        Member member = new Member(LocalDate.of(2028, 12, 31));
        Registration tiesRevoked = member.delegate(RegistrationState.AUTO_APPROVED);
        Registration deactivated = member.delegate(RegistrationState.AUTO_APPROVED);
        Registration removed = member.delegate(RegistrationState.APPROVED);
        Registration nowQualifies = member.delegate(RegistrationState.PENDING_APPROVAL);
        Registration stillQualifies = member.delegate(RegistrationState.AUTO_APPROVED);
        Registration stillApproved = member.delegate(RegistrationState.APPROVED);
        Registration endedEvent = member.registered(member.ended, RegistrationState.AUTO_APPROVED);
        Member lapsed = new Member(LocalDate.now().minusDays(1));
        Registration optInLapsed = lapsed.delegate(RegistrationState.AUTO_APPROVED);
        tx.begin();
        em.find(Registration.class, tiesRevoked.getId()).getAffiliation().getTiesAccess()
                .decide(TiesState.REVOKED, null, "left the project", Instant.now());
        em.find(Registration.class, deactivated.getId()).getAccount().deactivate(Instant.now());
        em.find(Registration.class, removed.getId()).getAffiliation().decide(AffiliationState.REMOVED, null, null,
                Instant.now());
        em.find(Registration.class, endedEvent.getId()).getAffiliation().decide(AffiliationState.REMOVED, null, null,
                Instant.now());
        tx.commit();
        List<Registration> crafted = List.of(tiesRevoked, deactivated, removed, nowQualifies, stillQualifies,
                stillApproved, endedEvent, optInLapsed);

        RunSummary dry = nightly.finished(launcher.start(nightly.staff(), NightlyJob.RECONCILIATION, true));
        assertEquals(JobRunState.COMPLETED, dry.run().getState());
        for (Registration registration : crafted) {
            assertEquals(registration.getState(), stateOf(registration), "a dry run changes nothing");
            assertTrue(audit.about(Registration.class, registration.getId()).isEmpty(), "nor audits anything");
            assertTrue(Mailbox.of(registration.getAccount().getEmail()).isEmpty(), "nor mails anyone");
        }
        assertTrue(em.find(OptInSetting.class, optInSetting(lapsed)).isOptedIn(), "nor lapses an opt-in");
        assertEquals(0, dry.notifications());

        RunSummary real = nightly.finished(launcher.start(nightly.staff(), NightlyJob.RECONCILIATION, false));
        assertEquals(JobRunState.COMPLETED, real.run().getState());
        assertEquals(nightly.actions(dry.run()), nightly.actions(real.run()), "the dry run reported what the real run did");
        assertEquals(Map.of(RunActionKind.AUTO_APPROVAL_WITHDRAWN, 3L, RunActionKind.CANCELLED, 1L,
                RunActionKind.AUTO_APPROVED, 1L, RunActionKind.OPT_IN_LAPSED, 1L), real.actions());
        assertEquals(real.total(), real.done(), "every registration compared");

        assertEquals(RegistrationState.PENDING_APPROVAL, stateOf(tiesRevoked));
        assertEquals(RegistrationState.PENDING_APPROVAL, stateOf(deactivated));
        assertEquals(RegistrationState.CANCELLED, stateOf(removed));
        assertEquals(RegistrationState.AUTO_APPROVED, stateOf(nowQualifies));
        assertEquals(RegistrationState.AUTO_APPROVED, stateOf(stillQualifies));
        assertEquals(RegistrationState.APPROVED, stateOf(stillApproved));
        assertEquals(RegistrationState.AUTO_APPROVED, stateOf(endedEvent), "an ended event is left as it was");
        assertEquals(RegistrationState.PENDING_APPROVAL, stateOf(optInLapsed));
        assertTrue(!em.find(OptInSetting.class, optInSetting(lapsed)).isOptedIn(), "the opt-in lapsed");

        assertTrue(Mailbox.await(tiesRevoked.getAccount().getEmail(), "waiting for approval again").body()
                .contains("TIES access is no longer granted"));
        assertTrue(Mailbox.await(optInLapsed.getAccount().getEmail(), "waiting for approval again").body()
                .contains("no longer opted in to automatic approval"));
        assertTrue(Mailbox.await(removed.getAccount().getEmail(), ": cancelled").body()
                .contains("no longer affiliated"));
        Mailbox.await(nowQualifies.getAccount().getEmail(), "approved automatically");
        String toDfp = Mailbox.await(member.dfp.getEmail(), "changed by the nightly reconciliation").body();
        assertTrue(toDfp.contains(tiesRevoked.getAccount().getFullName()) && toDfp.contains("cancelled")
                && toDfp.contains("waits for your decision"), toDfp);
        assertEquals(1, Mailbox.of(member.dfp.getEmail()).size(), "one mail to the DFP for the whole night");
        Mailbox.await(lapsed.dfp.getEmail(), "1 registration changed");
        String lapse = Mailbox.await(lapsed.dfp.getEmail(), "Automatic approval for " + lapsed.organization.getName()
                + " (ITU-T) has ended with the study period").body();
        assertTrue(lapse.contains("wait for its Designated Focal Point's approval again"), lapse);
        assertEquals(8, real.notifications(), "five delegates and two focal points told, and the lapse to its focal point");
        for (Registration untouched : List.of(stillQualifies, stillApproved, endedEvent)) {
            assertTrue(Mailbox.of(untouched.getAccount().getEmail()).isEmpty());
        }
        List<AuditEntry> trail = audit.about(Registration.class, removed.getId());
        assertEquals(1, trail.size());
        assertEquals("FocalPoint", trail.get(0).getActorLabel());
    }

    @Test
    void aRunStoppedHalfWayAndRestartedChangesAndMailsEachRegistrationOnce() throws Exception {
        nightly.settle(NightlyJob.RECONCILIATION);
        Member member = new Member(LocalDate.of(2028, 12, 31));
        List<Registration> waiting = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            waiting.add(member.delegate(RegistrationState.PENDING_APPROVAL));
        }
        Account staff = nightly.staff();
        JobRun run = launcher.start(staff, NightlyJob.RECONCILIATION, false,
                new JobLauncher.Tuning(1, 1));
        Polling.until(() -> runs.summary(staff, run.getId()),
                s -> s.count(RunActionKind.AUTO_APPROVED) >= 5, Duration.ofMillis(20), NightlyRunner.PATIENCE,
                "the run to approve some of them");
        launcher.stop(staff, run.getId());
        RunSummary stopped = nightly.ended(run);
        assertEquals(JobRunState.STOPPED, stopped.run().getState());
        long approvedBeforeRestart = waiting.stream().filter(r -> stateOf(r) == RegistrationState.AUTO_APPROVED)
                .count();
        assertTrue(approvedBeforeRestart > 0 && approvedBeforeRestart < waiting.size(),
                "stopped half-way: " + approvedBeforeRestart);

        RunSummary restarted = nightly.finished(launcher.restart(staff, run.getId()));
        assertEquals(JobRunState.COMPLETED, restarted.run().getState());
        assertEquals(waiting.size(), restarted.count(RunActionKind.AUTO_APPROVED));
        List<List<Mailbox.Mail>> inboxes = Mailbox.ofEach(
                waiting.stream().map(r -> r.getAccount().getEmail()).toList());
        for (int i = 0; i < waiting.size(); i++) {
            Registration registration = waiting.get(i);
            assertEquals(RegistrationState.AUTO_APPROVED, stateOf(registration));
            assertEquals(1, audit.about(Registration.class, registration.getId()).size(), "changed once");
            assertEquals(1, inboxes.get(i).size(), "mailed once");
        }
        assertEquals(waiting.size(), restarted.notifications());
    }

    @Test
    void twoStartsAtTheSameMomentGiveOneRun() throws Exception {
        nightly.settle(NightlyJob.RECONCILIATION);
        Account staff = nightly.staff();
        Callable<JobRun> start = () -> launcher.start(staff, NightlyJob.RECONCILIATION, true);
        Race.Outcome<JobRun> race = Race.run(executor, start, start);
        List<JobRun> started = race.stood();
        List<String> refused = race.refused();
        assertEquals(1, started.size(), "one run: " + refused);
        assertTrue(refused.get(0).contains("is still running"), refused.get(0));
        nightly.finished(started.get(0));
        tx.begin();
        Account someone = TestData.activeAccount(em, TestData.uniqueEmail("someone"));
        tx.commit();
        RuleViolation notStaff = assertThrows(RuleViolation.class,
                () -> launcher.start(someone, NightlyJob.RECONCILIATION, false));
        assertEquals(ONLY_STAFF, notStaff.getMessage());
    }

    /** A real run over what earlier tests left, so that the run under test meets only its own work. */
    private RegistrationState stateOf(Registration registration) {
        return em.find(Registration.class, registration.getId()).getState();
    }

    private Long optInSetting(Member member) {
        return em.createNamedQuery("OptInSetting.of", OptInSetting.class)
                .setParameter("organization", member.organization)
                .setParameter("sector", Sector.ITU_T)
                .getSingleResult().getId();
    }

    /** A run's changes as "action subject", to compare two runs. */}
