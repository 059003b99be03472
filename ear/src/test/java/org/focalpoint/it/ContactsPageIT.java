package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.consent.ConsentService;
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
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Demo scenario 4 through the pages in headless Chromium: a TIES Focal Point revokes a delegate's
 * TIES access with a reason the delegate reads, is warned before revoking their own, and designates
 * a colleague as the new TIES Focal Point; the old one can no longer open the contacts, the new one
 * can, and both are told.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContactsPageIT implements ServerFixture {

    static final String ORGANIZATION = "Contacts Page Telecom";
    static final String FOCAL_POINT = "fiona.focal@contacts-page.example.org";
    static final String COLLEAGUE = "carl.colleague@contacts-page.example.org";
    static final String TIES_HOLDER = "tara.ties@contacts-page.example.org";
    static final String REVOCATION = "Tara left the ITU-T delegation in October.";
    static final String PASSWORD = "Quiet-Meadow-Compass-42";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void aMemberWithItsFocalPointAndAnApprovedColleague() {
        ServerFixture.prepare(ContactsPageIT.class);
    }

    /** Found or created, then put back as the scenario starts: reruns share the database. */
    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        MemberFixture.sectorMember(em, consents, ORGANIZATION)
                .delegateWithTies(FOCAL_POINT, PASSWORD, "Fiona", "Focal")
                .focalPoint(FOCAL_POINT, PASSWORD, "Fiona", "Focal")
                .delegate(COLLEAGUE, PASSWORD, "Carl", "Colleague")
                .delegateWithTies(TIES_HOLDER, PASSWORD, "Tara", "Ties");
    }

    @Test
    @Order(1)
    @RunAsClient
    void theFocalPointRevokesADelegatesTiesAccessWithAReasonTheDelegateReads() {
        try (Browser fiona = new Browser()) {
            fiona.signIn(FOCAL_POINT, PASSWORD).expect("Sign out");
            fiona.open("contacts.xhtml").expect("Tara Ties").expect("TIES access: Granted")
                    .expect("TIES access: not requested");
            assertTrue(fiona.text().contains(TIES_HOLDER), "each person's address is shown");
            fiona.openRowMenu("Tara Ties").click("Revoke TIES access…")
                    .expect("Revoke the TIES access of Tara Ties? They are told by mail, with your reason.");
            assertFalse(fiona.text().contains("This is your own TIES access"), "not hers: no warning");
            fiona.fill("Reason (optional; the person will read it)", REVOCATION).click("Revoke TIES access")
                    .expect("TIES access of Tara Ties revoked.");
        }
        String told = Mailbox.await(TIES_HOLDER, "Your TIES access through " + ORGANIZATION + " has ended").body();
        assertTrue(told.contains("Fiona Focal revoked your TIES access") && told.contains("Reason: " + REVOCATION), told);
    }

    @Test
    @Order(2)
    @RunAsClient
    void aFocalPointIsWarnedBeforeRevokingTheirOwnTiesAccessAndMayKeepIt() {
        try (Browser fiona = new Browser()) {
            fiona.signIn(FOCAL_POINT, PASSWORD).expect("Sign out");
            fiona.open("contacts.xhtml").openRowMenu("Fiona Focal").click("Revoke TIES access…")
                    .expect("This is your own TIES access: once it ends, you no longer reach TIES documents through "
                            + ORGANIZATION);
            fiona.click("Cancel");
            fiona.reload().expect("Fiona Focal");
            assertTrue(fiona.waitFor(By.xpath("//tr[contains(., 'Fiona Focal')]")).getText().contains("TIES access: Granted"),
                    "kept: she cancelled");
        }
    }

    @Test
    @Order(3)
    @RunAsClient
    void theFocalPointDesignatesAColleagueAndBothSeeTheChange() {
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser fiona = new Browser()) {
            fiona.signIn(FOCAL_POINT, PASSWORD).expect("Sign out");
            fiona.open("contacts.xhtml").expect(ORGANIZATION).expect("Carl Colleague");
            fiona.fill("Find a contact (name or e-mail)", "carl.colleague").click("Find").expect("Carl Colleague");
            fiona.openRowMenu("Carl Colleague").click("Make TIES Focal Point").click("Yes")
                    .expect("Carl Colleague is now the TIES Focal Point of " + ORGANIZATION + ".");

            fiona.reload().expect("You are not the TIES Focal Point of any organization.");
            assertFalse(fiona.text().contains(COLLEAGUE), "the old focal point sees no contacts any more");
        }
        try (Browser carl = new Browser()) {
            carl.signIn(COLLEAGUE, PASSWORD).expect("Sign out");
            carl.open("contacts.xhtml").expect(ORGANIZATION).expect("Fiona Focal").expect("TIES Focal Point");
        }
        assertTrue(Mailbox.await(COLLEAGUE, "You are now the TIES Focal Point of " + ORGANIZATION).body()
                .contains("taking over from Fiona Focal"));
        assertTrue(Mailbox.await(FOCAL_POINT, "You are no longer the TIES Focal Point of " + ORGANIZATION).body()
                .contains("designated Carl Colleague"));
    }
}
