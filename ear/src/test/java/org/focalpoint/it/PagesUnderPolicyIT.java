package org.focalpoint.it;

import jakarta.persistence.EntityManager;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pages still work under the Content-Security-Policy, and the browser reports nothing it
 * blocked: PrimeFaces' scripts, its Ajax updates, its dialogs opened and closed by buttons, an
 * autocomplete, the Faces link that signs out. A page whose script the policy blocked would leave a
 * message in the console even where the click still seemed to work.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesUnderPolicyIT implements ServerFixture {

    static final String ORGANIZATION = "Policy Telecom Networks";
    static final String STAFF_PASSWORD = "Staff-Office-Desk-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        TestData.staffReady(em, consents);
        TestData.organization(em, ORGANIZATION, MembershipCategory.SECTOR_MEMBER, Set.of(Sector.ITU_T));
    }

    @BeforeAll
    static void staffAndAnOrganization() {
        ServerFixture.prepare(PagesUnderPolicyIT.class);
    }

    @Test
    void staffUseSearchesAndConfirmationDialogsAndSignOut() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Organizations").fill("Name contains", ORGANIZATION).click("Search").expect(ORGANIZATION);
            assertNothingBlocked(staff, "the organizations' search");

            staff.click("Consent documents").click("Publish new version")
                    .expect("Everyone will have to accept this version at their next visit.");
            staff.click("Cancel");
            assertHidden(staff, "Everyone will have to accept this version at their next visit.");
            assertNothingBlocked(staff, "the consent documents' dialog");

            staff.click("Nightly jobs").click("Run now").expect("Run the selected job now?");
            staff.click("No");
            assertHidden(staff, "Run the selected job now?");
            assertNothingBlocked(staff, "the nightly jobs' dialog");

            staff.click("Events (staff)").expect("Events");
            staff.click("Sign out").expect("E-mail address");
            assertNothingBlocked(staff, "the staff events and signing out");
        }
    }

    @Test
    void aNewcomerPicksTheOrganizationFromTheSuggestions() {
        try (Browser newcomer = new Browser()) {
            SignUpSteps.signUpWithTies(newcomer, ORGANIZATION, "Pia", "Policy", Unique.email("policy"),
                    "Policy-Passphrase-2026");
            assertNothingBlocked(newcomer, "the sign-up form");
        }
    }

    private static void assertNothingBlocked(Browser browser, String where) {
        List<String> blocked = browser.policyViolations();
        assertEquals(List.of(), blocked, "the Content-Security-Policy blocked something on " + where);
    }

    /** A dialog closes with an animation: waited for, as a person would see it go. */
    private static void assertHidden(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(
                By.xpath("//*[contains(text(), \"" + text + "\")]")).stream().noneMatch(e -> e.isDisplayed()));
    }
}
