package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.events.Event;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.nightly.JobLauncher;
import org.focalpoint.nightly.JobRun;
import org.focalpoint.nightly.JobRunState;
import org.focalpoint.nightly.JobRuns;
import org.focalpoint.nightly.NightlyJob;
import org.focalpoint.optin.OptInSetting;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the pages in headless Chromium: staff start a dry run of the reconciliation, read in its
 * summary the registration it would approve, then run it for real after confirming; the summary
 * lists the change and the delegate's mail, and the registration is approved.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyJobsPageIT {

    static final String STAFF_PASSWORD = "Staff-Office-Desk-2026";
    static final String DELEGATE = "Nightly Pagetester";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    ConsentService consents;

    @Inject
    JobLauncher launcher;

    @Inject
    JobRuns runs;

    /**
     * A member opted in for ITU-T whose delegate with TIES waits for approval: the night approves it.
     * A run first settles what earlier tests left, so that the pages show this change alone.
     */
    @Test
    @Order(1)
    void aWaitingRegistrationNowQualifies() throws Exception {
        tx.begin();
        Account staff = TestData.staffReady(em, consents);
        tx.commit();
        JobRun settling = launcher.start(staff, NightlyJob.RECONCILIATION, false);
        Polling.until(() -> runs.summary(staff, settling.getId()).run().getState(), s -> s != JobRunState.RUNNING,
                Duration.ofMillis(200), Duration.ofMinutes(3), "the settling run to end");

        tx.begin();
        em.createQuery("select a from Account a where a.familyName = 'Pagetester'", Account.class)
                .getResultList().forEach(a -> a.setFamilyName("Earlier run"));
        Organization member = TestData.member(em);
        OptInSetting optIn = new OptInSetting(member, Sector.ITU_T);
        optIn.optIn(LocalDate.now().minusDays(10), LocalDate.of(2028, 12, 31));
        em.persist(optIn);
        Account delegate = TestData.activeAccount(em, TestData.uniqueEmail("pagetester"));
        delegate.setGivenName("Nightly");
        delegate.setFamilyName("Pagetester");
        Affiliation affiliation = new Affiliation(delegate, member, Instant.now());
        affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
        em.persist(affiliation);
        em.persist(affiliation.requestTiesAccess(Instant.now()));
        affiliation.getTiesAccess().decide(TiesState.GRANTED, null, null, Instant.now());
        Event event = TestData.studyGroupEnding(em, LocalDate.now().plusDays(20));
        TestData.registration(em, event, affiliation, RegistrationState.PENDING_APPROVAL);
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void staffDryRunThenRunTheReconciliationAndReadItsSummary() {
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Nightly jobs").expect("Every night the jobs below run on their own.");

            staff.click("Dry run");
            String dryRun = started(staff.shown("started.").getText(), "Dry run");
            staff.expect("It changes nothing and mails no one");
            staff.click(dryRun).expect("(dry run: nothing was changed, nobody was mailed)")
                    .expect("Completed").expect("What a run would do").expect("Approved automatically")
                    .expect(DELEGATE).expect("Mails sent (0)");

            staff.click("All runs").click("Run now").expect("Run the selected job now?");
            staff.click("Yes, run it");
            String run = started(staff.shown("started.").getText(), "Run");
            staff.click(run).expect("What it did").expect("Completed").expect("Approved automatically")
                    .expect(DELEGATE).expect("Mails sent (1)").expect("pagetester-");
        }
    }

    @Test
    @Order(3)
    void theRegistrationIsApproved() {
        Registration registration = em.createQuery("select r from Registration r where r.account.familyName"
                + " = 'Pagetester'", Registration.class).getSingleResult();
        assertEquals(RegistrationState.AUTO_APPROVED, registration.getState());
    }

    /** The run's id in "Dry run 123 of … started." */
    private static String started(String message, String kind) {
        Matcher id = Pattern.compile(kind + " (\\d+) of").matcher(message);
        assertTrue(id.find(), message);
        return id.group(1);
    }
}
