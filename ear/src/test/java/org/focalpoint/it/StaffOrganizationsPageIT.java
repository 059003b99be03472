package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.consent.ConsentDocument;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.organizations.Organization;
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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the pages in headless Chromium: staff create an organization, find it among the ITU
 * Members without a TIES Focal Point, edit it, and from the list open its contacts to appoint one.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffOrganizationsPageIT {

    static final String ORGANIZATION = "Staff Page Telecom";
    static final String STAFF_PASSWORD = "Staff-Office-Desk-2026";
    static final String CONTACT = "paula.pick@staff-page.example.org";
    static final String CONTACT_PASSWORD = "Amber-Harbour-Lantern-17";

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

    /** Staff may sign in straight away; organizations left by earlier runs give up their name. */
    @Test
    @Order(1)
    void staffHaveAcceptedTheConsentsAndTheNameIsFree() throws Exception {
        tx.begin();
        TestData.consentDocumentsPublished(em, consents);
        Account staff = TestData.staff(em);
        em.flush();
        accept(staff);
        // renamed out of the way of the searches below, which would find them too
        em.createQuery("select o from Organization o where o.name like :name", Organization.class)
                .setParameter("name", ORGANIZATION + "%").getResultList()
                .forEach(o -> o.rename("Earlier run " + UUID.randomUUID() + " of the staff pages test"));
        tx.commit();
    }

    private void accept(Account account) {
        consents.accept(account, consents.pendingFor(account).stream().map(ConsentDocument::getId)
                .collect(Collectors.toSet()));
    }

    @Test
    @Order(2)
    @RunAsClient
    void staffCreateFindAndEditAnOrganization() {
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Organizations").click("Create an organization").expect("New organization");
            staff.fill("Name", ORGANIZATION);
            new Select(staff.field("Country")).selectByVisibleText("Switzerland");
            new Select(staff.field("Membership category")).selectByVisibleText("Member State");
            staff.tick("ITU-T");
            staff.click("Create organization")
                    .expect("A Member State takes part in all three sectors: tick ITU-R, ITU-T and ITU-D.");
            new Select(staff.field("Membership category")).selectByVisibleText("Sector Member");
            staff.click("Create organization").expect(ORGANIZATION + " was created.").expect("Edit organization");

            staff.click("Back to the organizations");
            staff.fill("Name contains", ORGANIZATION).tick("ITU Members without a TIES Focal Point").click("Search")
                    .expect(ORGANIZATION).expect("none");

            staff.click("Edit").expect("Edit organization");
            staff.fill("Name", " ").click("Save changes").expect("Please enter the name of the organization.");
            staff.fill("Name", ORGANIZATION).fill("Address", "Place des Nations, Geneva").click("Save changes")
                    .expect("The changes to " + ORGANIZATION + " were saved.");
            staff.reload();
            assertEquals("Place des Nations, Geneva", staff.field("Address").getAttribute("value"));
        }
    }

    /** An active user whose affiliation with the new organization is approved: the one staff appoint. */
    @Test
    @Order(3)
    void aColleagueIsAffiliatedWithTheNewOrganization() throws Exception {
        tx.begin();
        Organization organization = TestData.organizationNamed(em, ORGANIZATION).orElseThrow();
        Account colleague = TestData.accountWithEmail(em, CONTACT).orElseGet(() -> {
            Account a = new Account(CONTACT, TestData.passwordHash(CONTACT_PASSWORD), "Paula", "Pick",
                    Instant.now());
            a.activate();
            em.persist(a);
            return a;
        });
        Affiliation affiliation = new Affiliation(colleague, organization, Instant.now());
        affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
        em.persist(affiliation);
        em.flush();
        accept(colleague);
        tx.commit();
    }

    @Test
    @Order(4)
    @RunAsClient
    void staffAppointATiesFocalPointFromTheList() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Organizations");
            staff.fill("Name contains", ORGANIZATION).tick("ITU Members without a TIES Focal Point").click("Search")
                    .expect(ORGANIZATION);
            staff.click("Contacts").expect(ORGANIZATION).expect("Paula Pick");
            staff.openRowMenu("Paula Pick").click("Make TIES Focal Point").click("Yes")
                    .expect("Paula Pick is now the TIES Focal Point of " + ORGANIZATION + ".");

            staff.click("Organizations");
            staff.fill("Name contains", ORGANIZATION).click("Search").expect("Paula Pick");
            staff.tick("ITU Members without a TIES Focal Point").click("Search").expect("No organization matches.");
        }
    }

    /** Every staff page, tried with the session of a signed-in user who is not staff. */
    @Test
    @Order(5)
    @RunAsClient
    void aUserWhoIsNotStaffIsRefusedEveryStaffPage() throws Exception {
        String session;
        try (Browser paula = new Browser()) {
            paula.signIn(CONTACT, CONTACT_PASSWORD).expect("Sign out");
            assertTrue(paula.driver().findElements(By.linkText("Organizations")).isEmpty(), "no staff link in the header");
            session = paula.cookie("JSESSIONID");
        }
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://127.0.0.1:" + System.getProperty("it.http.port") + "/focalpoint/";
        assertEquals(200, get(http, base + "affiliations.xhtml", session).statusCode(), "the session is signed in");
        Path staffPages = Path.of(System.getProperty("it.build.dir")).resolve("../../web/src/main/webapp/staff")
                .normalize();
        List<String> pages;
        try (Stream<Path> files = Files.list(staffPages)) {
            pages = files.map(p -> "staff/" + p.getFileName()).filter(p -> p.endsWith(".xhtml")).sorted().toList();
        }
        assertTrue(pages.containsAll(List.of("staff/organizations.xhtml", "staff/organization.xhtml", "staff/mailbox.xhtml",
                "staff/mailbox-item.xhtml")), pages.toString());
        for (String page : pages) {
            assertEquals(403, get(http, base + page, session).statusCode(), page);
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    void staffDeactivateAfterConfirmingWithAReasonAndReactivate() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Organizations").fill("Name contains", ORGANIZATION).click("Search").expect(ORGANIZATION);
            staff.click("Edit").expect("Edit organization");
            staff.click("Deactivate").click("Yes, deactivate")
                    .expect("Please give a reason: people waiting on " + ORGANIZATION + " will read it.");
            staff.fill("Reason for deactivating", "Membership ended").click("Deactivate").click("Cancel");
            staff.expect("Reason for deactivating");
            staff.click("Deactivate").click("Yes, deactivate").expect(ORGANIZATION + " was deactivated.")
                    .expect(ORGANIZATION + " (deactivated)");

            staff.click("Back to the organizations").fill("Name contains", ORGANIZATION).click("Search")
                    .expect("Deactivated");
            assertFalse(staff.text().contains("Paula Pick"), "the TIES Focal Point lapsed:\n" + staff.text());

            staff.click("Edit").click("Reactivate").expect(ORGANIZATION + " is active again.");
        }
        assertTrue(Mailbox.await(CONTACT, "You are no longer the TIES Focal Point of " + ORGANIZATION).body()
                .contains("Membership ended"));
    }

    private static HttpResponse<String> get(HttpClient http, String url, String session) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
