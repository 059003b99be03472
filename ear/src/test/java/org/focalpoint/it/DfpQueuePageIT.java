package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.events.Event;
import org.focalpoint.events.Registration;
import org.focalpoint.events.RegistrationState;
import org.focalpoint.organizations.Organization;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Designated Focal Point opens their queue, approves one registration and rejects another with a
 * reason, then opens their organization's automatic approval from the header.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class DfpQueuePageIT implements ServerFixture {

    static final String DFP = "dfp.queue.keeper@tests.example.org";
    static final String PASSWORD = "Dfp-Queue-Window-2026";
    static final String ORGANIZATION = "Dfp Queue Page Telecom";
    static final String APPROVED_FAMILY = "Approvedtester";
    static final String REJECTED_FAMILY = "Rejectedtester";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void aDfpWithTwoWaitingRegistrations() {
        ServerFixture.prepare(DfpQueuePageIT.class);
    }

    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        Organization organization = MemberFixture.sectorMember(em, consents, ORGANIZATION)
                .designatedFocalPoint(DFP, PASSWORD, "Dora", "Designated").organization();
        assertNotEquals(TestData.accountWithEmail(em, DFP).orElseThrow(), organization.getTiesFocalPoint(),
                "the DFP is not the TIES Focal Point as well");
        // earlier runs' registrations are withdrawn: the queue shows this run's only
        em.createQuery("select r from Registration r where r.affiliation.organization = :o and r.state = :pending",
                        Registration.class)
                .setParameter("o", organization).setParameter("pending", RegistrationState.PENDING_APPROVAL)
                .getResultList().forEach(r -> r.decide(RegistrationState.WITHDRAWN, "Withdrawn", r.getAccount(), null,
                        Instant.now()));
        Event event = TestData.studyGroupEnding(em, LocalDate.now().plusDays(50));
        for (String family : new String[]{APPROVED_FAMILY, REJECTED_FAMILY}) {
            Account delegate = new Account(TestData.uniqueEmail(family.toLowerCase()), "not-a-usable-hash", "Ada",
                    family, Instant.now());
            delegate.activate();
            em.persist(delegate);
            Affiliation affiliation = new Affiliation(delegate, organization, Instant.now());
            affiliation.decide(AffiliationState.APPROVED, null, null, Instant.now());
            em.persist(affiliation);
            TestData.registration(em, event, affiliation, RegistrationState.PENDING_APPROVAL);
        }
    }

    @Test
    @RunAsClient
    void theDfpApprovesOneAndRejectsTheOtherWithAReason() {
        try (Browser browser = new Browser()) {
            browser.signIn(DFP, PASSWORD);
            browser.click("Registrations to decide")
                    .expect(ORGANIZATION + ", ITU-T")
                    .expect("Ada " + APPROVED_FAMILY)
                    .expect("Ada " + REJECTED_FAMILY)
                    .expect("No TIES access");
            QueueRows.select(browser, APPROVED_FAMILY);
            browser.click("Approve selected").expect("Approved: 1 registration(s).");
            QueueRows.select(browser, REJECTED_FAMILY);
            browser.click("Reject selected").click("Yes, reject")
                    .expect("Please give a reason: the delegate will read it.");
            browser.fill("Reason for rejecting (the delegate will read it)", "Only two seats this time.")
                    .click("Reject selected").click("Yes, reject")
                    .expect("Rejected: 1 registration(s).")
                    .expect("No registration is waiting.");
            browser.click("Delegation to upcoming events")
                    .expect("Ada " + APPROVED_FAMILY)
                    .expect("Approved by Dora Designated")
                    .expect("Rejected by Dora Designated")
                    .expect("Only two seats this time.");

            // a DFP who is not the TIES Focal Point reads the member's automatic approval from the header
            assertEquals(1, browser.driver().findElements(By.xpath("//nav//a[normalize-space(.)='Automatic approval']")).size(),
                    "one link in the header's menus");
            browser.click("Automatic approval")
                    .expect("Standing per sector")
                    .expect(ORGANIZATION);
            assertTrue(browser.url().contains("/opt-in.xhtml"), browser.url());
        }
    }
}
