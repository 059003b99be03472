package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.focalpoint.accounts.Account;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.events.Event;
import org.focalpoint.events.EventKind;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * TSB Circular 118 through the pages in headless Chromium. Staff record a member's opt-in for
 * ITU-T; its delegate with TIES access registers for a study-group meeting and is approved
 * automatically; its delegate without TIES access waits and the DFP approves them; a delegate of a
 * member that has not opted in waits; after the member opts out, the next registration waits.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
// ordered: the last test reads in the database how the registrations made in the browser stand
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutomaticApprovalScenarioIT implements ServerFixture {

    static final String PASSWORD = "Amber-Lighthouse-Meadow-29";
    static final String STAFF_PASSWORD = "Staff-Office-Desk-2026";
    static final String OPTED_IN = "Circular Scenario Telecom";
    static final String NOT_OPTED_IN = "Plain Scenario Telecom";
    static final String EVENT = "Circular Scenario ITU-T Study Group 13 meeting";
    static final String DFP = "dora.dfp@circular-scenario.example.org";
    static final String WITH_TIES = "tia.ties@circular-scenario.example.org";
    static final String WITHOUT_TIES = "nils.nonties@circular-scenario.example.org";
    static final String AFTER_OPT_OUT = "theo.later@circular-scenario.example.org";
    static final String OTHER_MEMBER = "pia.plain@plain-scenario.example.org";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @PersistenceContext
    EntityManager em;

    @BeforeAll
    static void twoMembersTheirDelegatesAndAnOpenStudyGroupMeeting() {
        ServerFixture.prepare(AutomaticApprovalScenarioIT.class);
    }

    /** The same people every run, put back as they start, and a new meeting: nobody registered, no opt-in. */
    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        TestData.staffReady(em, consents);
        Organization optedIn = MemberFixture.sectorMember(em, consents, OPTED_IN)
                .designatedFocalPoint(DFP, PASSWORD, "Dora", "Delegation")
                .delegateWithTies(WITH_TIES, PASSWORD, "Tia", "Ties")
                .delegate(WITHOUT_TIES, PASSWORD, "Nils", "Noties")
                .delegateWithTies(AFTER_OPT_OUT, PASSWORD, "Theo", "Later")
                .organization();
        MemberFixture.sectorMember(em, consents, NOT_OPTED_IN).delegateWithTies(OTHER_MEMBER, PASSWORD, "Pia", "Plain");
        // earlier runs' meetings give up the title rather than their registrations, which a night's
        // reconciliation may have recorded in its actions
        em.createQuery("select e from Event e where e.title = :title", Event.class).setParameter("title", EVENT)
                .getResultList()
                .forEach(e -> e.reschedule(e.getSector(), e.getKind(), "Earlier run " + UUID.randomUUID(),
                        e.getStartsOn(), e.getEndsOn(), e.getRegistrationOpens(), e.getRegistrationCloses()));
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(200);
        Event event = new Event(Sector.ITU_T, EventKind.STUDY_GROUP, EVENT, day, day.plusDays(8),
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(180)), Instant.now());
        event.holdAt("Geneva");
        em.persist(event);
        em.createNativeQuery("delete from opt_in_setting where organization_id = ?1").setParameter(1, optedIn.getId())
                .executeUpdate();
    }

    @Test
    @Order(2)
    @RunAsClient
    void optedInWithTiesIsApprovedAtOnceTheRestWaitsForTheDfp() {
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Organizations").fill("Name contains", OPTED_IN).click("Search").expect(OPTED_IN);
            staff.click("Opt-ins").expect("Never opted in");
            staff.fill("Takes effect on (YYYY-MM-DD)", LocalDate.now(ZoneOffset.UTC).toString());
            new Select(staff.field("Source")).selectByVisibleText("E-mail");
            staff.fill("Reference", "Mail to tsbdir, Circular 118 annex");
            staff.click("Record opt-in").expect("Opt-in of " + OPTED_IN + " for ITU-T recorded.");
        }

        register(WITH_TIES, "approved automatically");
        register(WITHOUT_TIES, "waiting for approval");
        register(OTHER_MEMBER, "waiting for approval");

        try (Browser dora = new Browser()) {
            dora.signIn(DFP, PASSWORD).click("Registrations to decide")
                    .expect(OPTED_IN + ", ITU-T")
                    .expect("Nils Noties");
            assertFalse(dora.text().contains("Pia Plain"), "another member's delegate is not in this DFP's queue");
            QueueRows.select(dora, "Nils Noties");
            dora.click("Approve selected").expect("Approved: 1 registration(s).");
        }

        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Organizations").fill("Name contains", OPTED_IN).click("Search").expect(OPTED_IN);
            staff.click("Opt-ins").expect("Opted in since");
            new Select(staff.field("Source")).selectByVisibleText("Letter");
            staff.fill("Reference", "Letter withdrawing the opt-in");
            staff.click("Record opt-out").expect("Opt-out of " + OPTED_IN + " for ITU-T recorded.");
        }

        register(AFTER_OPT_OUT, "waiting for approval");
    }

    /** The delegate finds the meeting, registers, and reads how the registration stands. */
    private static void register(String email, String outcome) {
        try (Browser delegate = new Browser()) {
            delegate.signIn(email, PASSWORD).click("Events")
                    .fill("Title or place contains", EVENT)
                    .click("Search")
                    .expect(EVENT)
                    .click("Register")
                    .expect("You are registered for " + EVENT + ": " + outcome + ".");
        }
    }

    @Test
    @Order(3)
    void eachRegistrationStandsAsTheRuleSays() {
        assertEquals(RegistrationState.AUTO_APPROVED, stateOf(WITH_TIES));
        assertEquals(RegistrationState.APPROVED, stateOf(WITHOUT_TIES));
        assertEquals(RegistrationState.PENDING_APPROVAL, stateOf(OTHER_MEMBER));
        assertEquals(RegistrationState.PENDING_APPROVAL, stateOf(AFTER_OPT_OUT));
    }

    private RegistrationState stateOf(String email) {
        return em.createQuery("select r from Registration r where r.event.title = :title and r.account.emailKey = :key",
                        Registration.class)
                .setParameter("title", EVENT).setParameter("key", Account.emailKey(email))
                .getSingleResult().getState();
    }
}
