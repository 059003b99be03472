package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.accounts.Account;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Demo scenarios 2 and 3 through the pages in headless Chromium. (2) A new delegate signs up asking
 * for TIES access; the TIES Focal Point approves affiliation and TIES access in one go from the
 * queue; the delegate sees TIES granted. (3) A delegate already affiliated asks for TIES access
 * from "My affiliations" and the focal point approves it.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class TiesApprovalScenariosIT implements ServerFixture {

    static final String ORGANIZATION = "Scenario Telecom Networks";
    static final String FOCAL_POINT = "sofia.scenario@scenario-telecom.example.org";
    static final String PASSWORD = "Silver-Orchard-Bridge-61";

    /** A new person every run (the address is only ever used in the client), so that sign-up starts afresh. */
    static final String NEWCOMER = "newcomer-" + System.nanoTime() + "@scenario-telecom.example.org";
    static final String COLLEAGUE = "colm.colleague@scenario-telecom.example.org";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void aMemberWithItsFocalPointAndAColleagueWithoutTies() {
        ServerFixture.prepare(TiesApprovalScenariosIT.class);
    }

    /** The same colleague every run, put back without TIES access: a rerun on the same database starts over. */
    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        MemberFixture.organization(em, consents, ORGANIZATION, MembershipCategory.MEMBER_STATE,
                        EnumSet.allOf(Sector.class))
                .focalPoint(FOCAL_POINT, PASSWORD, "Sofia", "Scenario")
                .delegate(COLLEAGUE, PASSWORD, "Colm", "Colleague");
        Account colleague = TestData.accountWithEmail(em, COLLEAGUE).orElseThrow();
        em.createNativeQuery("delete from ties_access where affiliation_id in "
                + "(select id from affiliation where account_id = ?1)").setParameter(1, colleague.getId()).executeUpdate();
    }

    @Test
    @RunAsClient
    void scenario2_aNewDelegateAsksForTiesAtSignUpAndTheFocalPointApprovesBothInOneGo() {
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser delegate = new Browser()) {
            SignUpSteps.signUpWithTies(delegate, ORGANIZATION, "Nina", "Newcomer", NEWCOMER, PASSWORD);
            delegate.open(Mailbox.await(NEWCOMER, "Verify").link("verify.xhtml"))
                    .expect("Your e-mail address is verified");
            delegate.signIn(NEWCOMER, PASSWORD).click("My affiliations");
            String before = delegate.waitFor(By.xpath("//tr[contains(., '" + ORGANIZATION + "')]")).getText();
            assertTrue(before.contains("Requested"), "affiliation and TIES access wait: " + before);
        }

        approveInTheQueue(NEWCOMER);

        assertTrue(Mailbox.await(NEWCOMER, "Your request to join " + ORGANIZATION + " with TIES access: approved").body()
                .contains("You now have TIES access through " + ORGANIZATION), "the delegate is told what was approved");
        try (Browser delegate = new Browser()) {
            delegate.signIn(NEWCOMER, PASSWORD).click("My affiliations");
            String after = delegate.waitFor(By.xpath("//tr[contains(., '" + ORGANIZATION + "')]")).getText();
            assertTrue(after.contains("Approved") && after.contains("Granted"), "both approved: " + after);
        }
    }

    @Test
    @RunAsClient
    void scenario3_anAffiliatedDelegateRequestsTiesAccessAndTheFocalPointApprovesIt() {
        try (Browser colleague = new Browser()) {
            colleague.signIn(COLLEAGUE, PASSWORD).click("My affiliations")
                    .click("Request TIES access")
                    .expect("Your request for TIES access through " + ORGANIZATION + " was sent to Sofia Scenario");
        }

        approveInTheQueue(COLLEAGUE);

        assertTrue(Mailbox.await(COLLEAGUE, "Your request for TIES access through " + ORGANIZATION + ": approved").body()
                .contains("You now have TIES access through " + ORGANIZATION), "the delegate is told");
        try (Browser colleague = new Browser()) {
            colleague.signIn(COLLEAGUE, PASSWORD).click("My affiliations");
            String row = colleague.waitFor(By.xpath("//tr[contains(., '" + ORGANIZATION + "')]")).getText();
            assertTrue(row.contains("Granted"), "TIES access granted: " + row);
        }
    }

    /** The focal point goes from the home page to the queue, finds the request and approves it. */
    private static void approveInTheQueue(String requester) {
        try (Browser focalPoint = new Browser()) {
            focalPoint.signIn(FOCAL_POINT, PASSWORD)
                    .expect("request(s) waiting for your decision.")
                    .click("Requests")
                    .fill("Filter by name or e-mail", requester)
                    .click("Filter")
                    .expect(requester);
            QueueRows.select(focalPoint, requester);
            focalPoint.click("Approve selected")
                    .expect("Approved: 1 request(s).");
        }
    }
}
