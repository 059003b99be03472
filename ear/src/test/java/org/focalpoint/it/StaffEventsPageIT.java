package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.events.Event;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationState;
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
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the pages in headless Chromium: staff create an event, find it in the list, open its
 * registrations and download them as CSV over HTTP, where a delegate's typed formula is neutralized;
 * then they cancel it after confirming, and its delegate is mailed.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffEventsPageIT {

    static final String TITLE = "Staff Page QoS Workshop";
    static final String STAFF_PASSWORD = "Staff-Office-Desk-2026";

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

    /** Staff may sign in straight away; events left by earlier runs give up their title. */
    @Test
    @Order(1)
    void staffHaveAcceptedTheConsentsAndTheTitleIsFree() throws Exception {
        tx.begin();
        TestData.staffReady(em, consents);
        em.createQuery("select e from Event e where e.title like :title", Event.class)
                .setParameter("title", TITLE + "%").getResultList()
                .forEach(e -> e.reschedule(e.getSector(), e.getKind(), "Earlier run " + UUID.randomUUID(),
                        e.getStartsOn(), e.getEndsOn(), e.getRegistrationOpens(), e.getRegistrationCloses()));
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void staffCreateAnEventAndFindItInTheList() {
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Events (staff)").click("Create an event").expect("New event");
            staff.fill("Title", TITLE);
            new Select(staff.field("Sector")).selectByVisibleText("ITU-T");
            new Select(staff.field("Kind of event")).selectByVisibleText("Workshop");
            staff.fill("First day (yyyy-mm-dd)", "2031-09-08").fill("Last day (yyyy-mm-dd)", "2031-09-09");
            staff.fill("Registration opens (yyyy-mm-dd hh:mm, Europe/Zurich)", "2031-07-01 00:00")
                    .fill("Registration closes (yyyy-mm-dd hh:mm, Europe/Zurich)", "2031-09-10 08:00");
            staff.click("Create event").expect("Please enter where the event takes place, or mark it as virtual.");
            staff.tick("Virtual (held online only)");
            staff.click("Create event").expect("Registration must close by the end of the event (2031-09-09).");
            staff.fill("Registration closes (yyyy-mm-dd hh:mm, Europe/Zurich)", "2031-09-01 23:59");
            staff.click("Create event").expect(TITLE + " was created.").expect("Edit event");

            staff.click("Back to the events");
            staff.fill("Title contains", TITLE).fill("Taking place from (yyyy-mm-dd)", "2031-09-09").click("Search")
                    .expect(TITLE).expect("Virtual").expect("Confirmed at once");
            new Select(staff.field("Kind of event")).selectByVisibleText("TSAG meeting");
            staff.click("Search").expect("No event matches.");
        }
    }

    /** A delegate who typed a formula as their name registers for the new workshop. */
    @Test
    @Order(3)
    void aDelegateWithAFormulaForANameRegisters() throws Exception {
        tx.begin();
        Event event = em.createQuery("select e from Event e where e.title = :title", Event.class)
                .setParameter("title", TITLE).getSingleResult();
        Account delegate = new Account(TestData.uniqueEmail("formula"), "not-a-usable-hash", "=1+2",
                "Müller, \"Max\"", Instant.now());
        delegate.activate();
        em.persist(delegate);
        Affiliation affiliation = new Affiliation(delegate, TestData.member(em), Instant.now());
        affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
        em.persist(affiliation);
        TestData.registration(em, event, affiliation, RegistrationState.APPROVED);
        tx.commit();
    }

    @Test
    @Order(4)
    @RunAsClient
    void staffDownloadTheRegistrationsAsCsv() throws Exception {
        String session;
        String viewState;
        String page;
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Events (staff)").fill("Title contains", TITLE).click("Search").expect(TITLE);
            staff.click("Registrations").expect(TITLE).expect("Müller, \"Max\"").expect("APPROVED");
            session = staff.cookie("JSESSIONID");
            page = staff.url();
            viewState = staff.driver().findElement(By.xpath("//form[@id='registrations']"
                    + "//input[@name='jakarta.faces.ViewState']")).getAttribute("value");
        }
        // the Export button posts the form; the browser's download is replayed with its session
        Map<String, String> form = Map.of("registrations", "registrations", "registrations:export", "",
                "registrations:state", "", "registrations:organization", "", "registrations:delegate", "müller",
                "jakarta.faces.ViewState", viewState);
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(page))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                response.headers().toString());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        String[] rows = csv.split("\r\n");
        assertEquals("\uFEFFGiven name,Family name,E-mail,Country,Organization,Organization country,State,Basis,"
                + "Registered at (UTC),Decided by,Decided at (UTC),Reason", rows[0]);
        assertEquals(2, rows.length, csv);
        assertTrue(rows[1].startsWith("'=1+2,\"Müller, \"\"Max\"\"\",formula-"), rows[1]);
        assertTrue(rows[1].contains(",Approved,"), rows[1]);
    }

    @Test
    @Order(5)
    @RunAsClient
    void staffCancelTheEventAfterConfirmingAndTheListSaysSo() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Events (staff)").fill("Title contains", TITLE).click("Search").expect(TITLE);
            staff.click("Edit").expect("Cancel the event");
            staff.click("Cancel event").click("Yes, cancel the event")
                    .expect("Please give a reason for cancelling: every registered delegate will read it.");
            staff.fill("Reason for cancelling (delegates will read it)", "The workshop moves to 2032.")
                    .click("Cancel event").click("Yes, cancel the event")
                    .expect(TITLE + " was cancelled. 1 registration was cancelled and its delegate was mailed.")
                    .expect("Cancelled on ")
                    .expect("A cancelled event can no longer be changed");
            staff.click("Back to the events").fill("Title contains", TITLE).click("Search")
                    .expect(TITLE).expect("Cancelled");
        }
    }

    /** The delegate who registered in step 3 got the cancellation with the reason staff typed. */
    @Test
    @Order(6)
    void theDelegateWasMailedTheCancellation() {
        Registration registration = em.createQuery("select r from Registration r where r.event.title = :title",
                Registration.class).setParameter("title", TITLE).getSingleResult();
        assertEquals(RegistrationState.CANCELLED, registration.getState());
        Mailbox.Mail mail = Mailbox.await(registration.getAccount().getEmail(),
                "Your registration for " + TITLE + ": cancelled");
        assertTrue(mail.body().contains("The workshop moves to 2032."), mail.body());
    }
}
