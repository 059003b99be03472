package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.consent.ConsentService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Demo scenario 4 through the pages in headless Chromium: a TIES Focal Point designates a colleague
 * as the new one; the old one can no longer open the contacts, the new one can, and both are told.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class ContactsPageIT implements ServerFixture {

    static final String ORGANIZATION = "Contacts Page Telecom";
    static final String FOCAL_POINT = "fiona.focal@contacts-page.example.org";
    static final String COLLEAGUE = "carl.colleague@contacts-page.example.org";
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
                .focalPoint(FOCAL_POINT, PASSWORD, "Fiona", "Focal")
                .delegate(COLLEAGUE, PASSWORD, "Carl", "Colleague");
    }

    @Test
    @RunAsClient
    void theFocalPointDesignatesAColleagueAndBothSeeTheChange() {
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser fiona = new Browser()) {
            fiona.signIn(FOCAL_POINT, PASSWORD).expect("Sign out");
            fiona.open("contacts.xhtml").expect(ORGANIZATION).expect("Carl Colleague");
            fiona.fill("Find a contact (name or e-mail)", "carl.colleague").click("Find").expect("Carl Colleague");
            fiona.click("Make TIES Focal Point").click("Yes")
                    .expect("Carl Colleague is now the TIES Focal Point of " + ORGANIZATION + ".");

            fiona.reload().expect("You are not the TIES Focal Point of any organization.");
            assertTrue(!fiona.text().contains("Make TIES Focal Point"), "the old focal point sees no contacts any more");
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
