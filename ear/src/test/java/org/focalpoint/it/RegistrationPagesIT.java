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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the "Events" and "My registrations" pages in headless Chromium: a delegate of a member
 * opted in for ITU-T, with TIES access, finds a study-group meeting, registers, reads that it was
 * approved automatically and why, and withdraws it behind a confirmation. A delegate of two members
 * of ITU-T chooses on whose behalf they register; a delegate whose other organization is not in
 * ITU-T is told why when they choose it, and nothing is written.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationPagesIT {

    static final String EMAIL = "registration.pages@tests.example.org";
    static final String PASSWORD = "Blue-Harbour-Lantern-42";
    static final String MEMBER = "Registration Pages Telecom AG";
    static final String EVENT = "Registration Pages ITU-T Study Group 17 meeting";
    /** Affiliated with two members of ITU-T, both qualifying. */
    static final String TWO_MEMBERS = "registration.pages.two.members@tests.example.org";
    /** Affiliated with a member of ITU-T and with a member of ITU-R only. */
    static final String OTHER_SECTOR = "registration.pages.other.sector@tests.example.org";
    static final String ALPHA = "Registration Pages Alpha Telecom";
    static final String BETA = "Registration Pages Beta Networks";
    static final String RADIO_ONLY = "Registration Pages Radio Only";

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
    private StudyPeriod studyPeriod;

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
            em.persist(affiliation.requestTiesAccess(Instant.now()));
        }
        affiliation.getTiesAccess().decide(TiesState.GRANTED, null, null, Instant.now());
        if (em.createNamedQuery("OptInSetting.of", OptInSetting.class).setParameter("organization", member)
                .setParameter("sector", Sector.ITU_T).getResultList().isEmpty()) {
            OptInSetting optIn = new OptInSetting(member, Sector.ITU_T);
            optIn.optIn(LocalDate.now(ZoneOffset.UTC).minusDays(1), studyPeriod.endsOn());
            em.persist(optIn);
        }
        Event event = meeting();
        // a run that stopped half-way left the delegate registered: withdrawn, they may register again
        em.createNamedQuery("Registration.ofAccountTo", Registration.class).setParameter("account", delegate)
                .setParameter("event", event).getResultStream().filter(r -> r.getState().isStanding())
                .forEach(r -> r.decide(RegistrationState.WITHDRAWN, "Reset by the test", delegate, null,
                        Instant.now()));
        tx.commit();
    }

    /** The ITU-T study-group meeting every test here registers for, found or created. */
    private Event meeting() {
        return em.createQuery("select e from Event e where e.title = :title", Event.class)
                .setParameter("title", EVENT).getResultStream().findFirst().orElseGet(() -> {
                    LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(300);
                    Event e = new Event(Sector.ITU_T, EventKind.STUDY_GROUP, EVENT, day, day.plusDays(4),
                            Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(280)),
                                    Instant.now());
                    e.holdAt("Geneva");
                    em.persist(e);
                    return e;
                });
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

    /** Two people with two approved affiliations each, neither registered for the meeting. */
    @Test
    @Order(3)
    void aDelegateOfTwoMembersOfItuTAndADelegateOfAMemberOfItuTAndOfAMemberOfItuROnly() throws Exception {
        tx.begin();
        TestData.consentDocumentsPublished(em, consents);
        Organization alpha = TestData.organization(em, ALPHA, MembershipCategory.SECTOR_MEMBER, EnumSet.of(Sector.ITU_T));
        Organization beta = TestData.organization(em, BETA, MembershipCategory.SECTOR_MEMBER, EnumSet.of(Sector.ITU_T));
        Organization radio = TestData.organization(em, RADIO_ONLY, MembershipCategory.SECTOR_MEMBER,
                EnumSet.of(Sector.ITU_R));
        Account twoMembers = TestData.approvedPerson(em, consents, alpha, TWO_MEMBERS, PASSWORD, "Grace", "Hopper");
        alsoApprovedWith(twoMembers, beta);
        Account otherSector = TestData.approvedPerson(em, consents, alpha, OTHER_SECTOR, PASSWORD, "Ada", "Lovelace");
        alsoApprovedWith(otherSector, radio);
        em.createNativeQuery("delete from registration where event_id = ?1 and account_id in (?2, ?3)")
                .setParameter(1, meeting().getId()).setParameter(2, twoMembers.getId())
                .setParameter(3, otherSector.getId()).executeUpdate();
        tx.commit();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    /** A second approved affiliation, requested after the first so that it is listed second. */
    private void alsoApprovedWith(Account account, Organization organization) {
        boolean affiliated = em.createNamedQuery("Affiliation.ofAccount", Affiliation.class)
                .setParameter("account", account).getResultStream()
                .anyMatch(a -> a.getOrganization().getId().equals(organization.getId()));
        if (!affiliated) {
            Affiliation affiliation = new Affiliation(account, organization, Instant.now());
            affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
            em.persist(affiliation);
        }
    }

    @Test
    @Order(4)
    @RunAsClient
    void theDelegateOfTwoMembersChoosesTheSecondAndIsRegisteredOnItsBehalf() {
        // Selenium's types stay inside the test methods' bodies: the server loads this class without them
        try (Browser browser = new Browser()) {
            browser.signIn(TWO_MEMBERS, PASSWORD).expect("Welcome, Grace");
            browser.click("Events")
                    .fill("Title or place contains", "registration pages itu-t")
                    .click("Search")
                    .expect(EVENT);
            Select onBehalfOf = new Select(browser.field("On behalf of"));
            assertEquals(List.of("Choose", ALPHA, BETA),
                    onBehalfOf.getOptions().stream().map(WebElement::getText).map(String::trim).toList());
            assertEquals("Choose", onBehalfOf.getFirstSelectedOption().getText(),
                    "both organizations qualify: none is chosen for the person");
            browser.click("Register").expect("Please choose on whose behalf you register for " + EVENT + ".");

            new Select(browser.field("On behalf of")).selectByVisibleText(BETA);
            browser.click("Register").expect("You are registered for " + EVENT + ": waiting for approval.");

            browser.click("My registrations").expect(EVENT);
            String line = browser.waitFor(By.xpath("//tr[td[contains(normalize-space(.), '" + EVENT + "')]]")).getText();
            assertTrue(line.contains(BETA), "on behalf of the organization chosen: " + line);
            assertFalse(line.contains(ALPHA), line);
            assertTrue(line.contains("Waiting for approval"), line);
        }
    }

    @Test
    @Order(5)
    void theRegistrationIsOnBehalfOfTheAffiliationChosen() {
        em.getEntityManagerFactory().getCache().evictAll();
        Registration made = registrationFor(TWO_MEMBERS).orElseThrow();
        assertEquals(BETA, made.getAffiliation().getOrganization().getName());
        assertEquals(TWO_MEMBERS, made.getAffiliation().getAccount().getEmail());
        assertEquals(RegistrationState.PENDING_APPROVAL, made.getState());
    }

    @Test
    @Order(6)
    @RunAsClient
    void theDelegateChoosingTheMemberOfAnotherSectorIsToldWhyAndNotRegistered() {
        try (Browser browser = new Browser()) {
            browser.signIn(OTHER_SECTOR, PASSWORD).expect("Welcome, Ada");
            browser.click("Events")
                    .fill("Title or place contains", "registration pages itu-t")
                    .click("Search")
                    .expect(EVENT);
            Select onBehalfOf = new Select(browser.field("On behalf of"));
            assertEquals(List.of("Choose", ALPHA, RADIO_ONLY),
                    onBehalfOf.getOptions().stream().map(WebElement::getText).map(String::trim).toList());
            assertEquals(ALPHA, onBehalfOf.getFirstSelectedOption().getText(),
                    "the one organization in ITU-T is chosen already");

            onBehalfOf.selectByVisibleText(RADIO_ONLY);
            browser.click("Register").expect(RADIO_ONLY + " does not participate in ITU-T: only its members' delegates"
                    + " can register for this study group meeting.");
            assertFalse(browser.text().contains("You are registered for"), browser.text());

            browser.click("My registrations").expect("You have not registered for any event yet.");
        }
    }

    @Test
    @Order(7)
    void nothingWasWrittenForTheRefusedChoice() {
        em.getEntityManagerFactory().getCache().evictAll();
        assertEquals(Optional.empty(), registrationFor(OTHER_SECTOR));
    }

    private Optional<Registration> registrationFor(String email) {
        Account account = TestData.accountWithEmail(em, email).orElseThrow();
        return em.createNamedQuery("Registration.ofAccountTo", Registration.class).setParameter("account", account)
                .setParameter("event", meeting()).getResultStream().findFirst();
    }
}
