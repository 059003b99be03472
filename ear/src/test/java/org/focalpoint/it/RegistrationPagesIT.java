package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.TiesState;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.events.Event;
import org.focalpoint.events.EventKind;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.optin.OptInSetting;
import org.focalpoint.optin.StudyPeriod;
import org.focalpoint.organizations.MembershipCategory;
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
import org.openqa.selenium.By;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the "Events" and "My registrations" pages in headless Chromium: a delegate of a member
 * opted in for ITU-T, with TIES access, finds a study-group meeting, registers, reads that it was
 * approved automatically and why, and withdraws it behind a confirmation.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationPagesIT {

    static final String EMAIL = "registration.pages@tests.example.org";
    static final String PASSWORD = "Blue-Harbour-Lantern-42";
    static final String MEMBER = "Registration Pages Telecom AG";
    static final String EVENT = "Registration Pages ITU-T Study Group 17 meeting";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.earWithTests(RegistrationPagesIT.class, TestData.class);
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    ConsentService consents;

    /** The same delegate and event every run (the database outlives a run), the delegate not registered. */
    @Test
    @Order(1)
    void aDelegateOfAnOptedInMemberWithTiesAccessAndAnOpenStudyGroupMeetingExist() throws Exception {
        tx.begin();
        TestData.consentDocumentsPublished(em, consents);
        Organization member = TestData.organization(em, MEMBER, MembershipCategory.SECTOR_MEMBER, EnumSet.of(Sector.ITU_T));
        Account delegate = TestData.approvedPerson(em, consents, member, EMAIL, PASSWORD, "Alan", "Turing");
        Affiliation affiliation = em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                .setParameter("account", delegate).getResultList().get(0);
        if (affiliation.getTiesAccess() == null) {
            em.persist(affiliation.requestTiesAccess());
        }
        affiliation.getTiesAccess().decide(TiesState.GRANTED, null, null);
        if (em.createNamedQuery("OptInSetting.of", OptInSetting.class).setParameter("organization", member)
                .setParameter("sector", Sector.ITU_T).getResultList().isEmpty()) {
            OptInSetting optIn = new OptInSetting(member, Sector.ITU_T);
            optIn.optIn(LocalDate.now(ZoneOffset.UTC).minusDays(1), StudyPeriod.current().endsOn());
            em.persist(optIn);
        }
        Event event = em.createQuery("select e from Event e where e.title = :title", Event.class)
                .setParameter("title", EVENT).getResultStream().findFirst().orElseGet(() -> {
                    LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(300);
                    Event e = new Event(Sector.ITU_T, EventKind.STUDY_GROUP, EVENT, day, day.plusDays(4),
                            Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(280)));
                    e.holdAt("Geneva");
                    em.persist(e);
                    return e;
                });
        // a run that stopped half-way left the delegate registered: withdrawn, they may register again
        em.createNamedQuery("Registration.ofAccountTo", Registration.class).setParameter("account", delegate)
                .setParameter("event", event).getResultStream().filter(r -> r.getState().isStanding())
                .forEach(r -> r.decide(RegistrationState.WITHDRAWN, "Reset by the test", delegate, null));
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void theDelegateRegistersSeesItApprovedAutomaticallyAndWithdrawsIt() {
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser browser = new Browser()) {
            browser.signIn(EMAIL, PASSWORD).expect("Welcome, Alan");

            browser.click("Events")
                    .fill("Title or place contains", "registration pages itu-t")
                    .click("Search")
                    .expect(EVENT)
                    .expect("On behalf of " + MEMBER)
                    .click("Register")
                    .expect("You are registered for " + EVENT + ": approved automatically.")
                    .expect("Approved automatically");

            browser.click("My registrations").expect(EVENT);
            By row = By.xpath("//tr[td[contains(normalize-space(.), '" + EVENT + "')]]");
            String line = browser.waitFor(row).getText();
            assertTrue(line.contains(MEMBER), line);
            assertTrue(line.contains("Approved automatically"), line);
            assertTrue(line.contains("TSB Circular 118"), "the basis is shown: " + line);
            assertTrue(line.contains("FocalPoint (automatically)"), "who decided: " + line);

            browser.click("Withdraw")
                    .click("No, keep it");
            assertTrue(browser.waitFor(row).getText().contains("Approved automatically"), "kept when not confirmed");
            browser.click("Withdraw")
                    .click("Yes, withdraw")
                    .expect("Your registration for " + EVENT + " was withdrawn.");
            browser.reload().expect(EVENT);
            String after = browser.waitFor(row).getText();
            assertTrue(after.contains("Withdrawn"), after);
            assertFalse(after.contains("Withdraw\n") || after.endsWith("Withdraw"), "nothing left to withdraw: " + after);
        }
    }
}
