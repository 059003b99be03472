package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.accounts.Account;
import org.focalpoint.affiliations.Affiliation;
import org.focalpoint.affiliations.AffiliationState;
import org.focalpoint.consent.ConsentDocument;
import org.focalpoint.consent.ConsentService;
import org.focalpoint.organizations.MembershipCategory;
import org.focalpoint.organizations.Organization;
import org.focalpoint.organizations.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.Instant;
import java.util.EnumSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the "My affiliations" page in headless Chromium: a signed-in delegate asks to be
 * affiliated with an ITU Member with TIES access, sees both waiting, and withdraws the request.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class MyAffiliationsPageIT implements ServerFixture {

    static final String EMAIL = "my.affiliations.page@tests.example.org";
    static final String PASSWORD = "Green-Valley-Compass-17";
    static final String HOME_ORGANIZATION = "Affiliations Page Consultancy";
    static final String MEMBER = "Affiliations Page Telecom SA";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void aDelegateAffiliatedWithANonMemberAndAnItuMemberExist() {
        ServerFixture.prepare(MyAffiliationsPageIT.class);
    }

    /** The same delegate every run (the database outlives a run), left with no request to that member. */
    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        TestData.consentDocumentsPublished(em, consents);
        Organization home = TestData.organization(em, HOME_ORGANIZATION, MembershipCategory.NON_MEMBER,
                EnumSet.noneOf(Sector.class));
        Organization member = TestData.organization(em, MEMBER, MembershipCategory.SECTOR_MEMBER,
                EnumSet.of(Sector.ITU_D));
        Account delegate = TestData.accountWithEmail(em, EMAIL)
                .orElseGet(() -> {
                    Account a = new Account(EMAIL, TestData.passwordHash(PASSWORD), "Grace", "Hopper",
                            Instant.now());
                    a.activate();
                    em.persist(a);
                    em.persist(new Affiliation(a, home, Instant.now()));
                    return a;
                });
        em.createNamedQuery("Affiliation.ofAccount", Affiliation.class).setParameter("account", delegate)
                .getResultStream()
                .filter(a -> a.getOrganization().getId().equals(member.getId())
                        && a.getState() != AffiliationState.REMOVED && a.getState() != AffiliationState.REJECTED)
                .forEach(a -> a.decide(AffiliationState.REMOVED, null, "Reset by the test", Instant.now()));
        em.flush();
        consents.accept(delegate, consents.pendingFor(delegate).stream().map(ConsentDocument::getId)
                .collect(Collectors.toSet()));
    }

    @Test
    @RunAsClient
    void theDelegateRequestsAnAffiliationWithTiesAccessSeesItPendingAndWithdrawsIt() {
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser browser = new Browser()) {
            browser.signIn(EMAIL, PASSWORD)
                    .expect("Welcome, Grace");

            browser.click("My affiliations")
                    .expect(HOME_ORGANIZATION)
                    .expect("the ITU secretariat")
                    .tick("ITU Member")
                    .choose("Organization", "Affiliations Page Tel", MEMBER)
                    .tick("Request TIES access")
                    .click("Request affiliation")
                    .expect("Your request to be affiliated with " + MEMBER + " was sent to the ITU secretariat.");

            // oldest first: rows of earlier runs, withdrawn, stand above this one
            By newestRow = By.xpath("(//tr[td[normalize-space(.)='" + MEMBER + "']])[last()]");
            String row = browser.waitFor(newestRow).getText();
            assertTrue(row.contains("Requested Requested"), "affiliation and TIES access both wait: " + row);

            browser.click("Withdraw request")
                    .click("Yes, withdraw")
                    .expect("Your request was withdrawn.");
            browser.reload().expect(MEMBER);
            String after = browser.waitFor(newestRow).getText();
            assertTrue(after.contains("Removed"), "the withdrawn request shows as removed: " + after);
            assertFalse(after.contains("Withdraw request"), "nothing is left to withdraw: " + after);

            // affiliated with a non-member, the delegate keeps its data
            String address = "Rue de Varembé " + System.nanoTime() + ", Geneva";
            browser.click("Edit organization")
                    .fill("Address", address)
                    .click("Save organization")
                    .expect("The organization's data was saved.");
            browser.reload().click("Edit organization");
            assertEquals(address, browser.field("Address").getAttribute("value"), "the address was kept");
        }
    }
}
