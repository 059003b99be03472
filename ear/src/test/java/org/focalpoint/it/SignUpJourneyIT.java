package org.focalpoint.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.focalpoint.consent.ConsentKind;
import org.focalpoint.consent.ConsentService;
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

import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole first visit of a delegate, through the pages in headless Chromium: sign up with a
 * TIES request, read the verification mail, verify, sign in, sign out; then staff publish new
 * Terms of Use and the delegate must accept them at the next sign-in.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignUpJourneyIT {

    static final String ORGANIZATION = "Journey Telecom Ltd";
    static final String PASSWORD = "Blue-Harbour-Lantern-42";

    /** Set by the client-side sign-up step, read by the later client-side step. */
    static String email;

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

    @Test
    @Order(1)
    void aSectorMemberAndCurrentConsentDocumentsExist() throws Exception {
        tx.begin();
        if (TestData.organizationNamed(em, ORGANIZATION).isEmpty()) {
            em.persist(new Organization(ORGANIZATION, "GB", MembershipCategory.SECTOR_MEMBER,
                    EnumSet.of(Sector.ITU_T), Instant.now()));
        }
        TestData.consentDocumentsPublished(em, consents);
        tx.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void aDelegateSignsUpVerifiesTheAddressAndSignsIn() {
        email = "Delegate." + System.nanoTime() + "@Journey.example.org";
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser browser = new Browser()) {
            SignUpSteps.signUpWithTies(browser, ORGANIZATION, "Ada", "Lovelace", email, PASSWORD);

            // the login name is case-insensitive: the mail reaches the address whatever its case
            Mailbox.Mail mail = Mailbox.await(email.toLowerCase(), "Verify");
            browser.open(mail.link("verify.xhtml"))
                    .expect("Your e-mail address is verified")
                    .click("Sign in");

            String sessionBefore = browser.cookie("JSESSIONID");
            browser.fill("E-mail address", email.toUpperCase())
                    .fill("Password", PASSWORD)
                    .click("Sign in")
                    .expect("Welcome, Ada");
            assertNotEquals(sessionBefore, browser.cookie("JSESSIONID"), "the session id changes at sign-in");
            assertTrue(browser.text().contains(ORGANIZATION), "the home page lists the requested affiliation");

            browser.click("Sign out").expect("You are signed out");
            browser.open("index.xhtml");
            assertTrue(browser.url().contains("signin.xhtml"), "signed out, the home page asks to sign in: " + browser.url());
        }
    }

    @Test
    @Order(3)
    void staffPublishANewVersionOfTheTermsOfUse() throws Exception {
        tx.begin();
        consents.publish(ConsentKind.TERMS_OF_USE, "Terms of Use", "Revised Terms of Use of FocalPoint.",
                TestData.staff(em));
        tx.commit();
    }

    @Test
    @Order(4)
    @RunAsClient
    void atTheNextSignInTheDelegateMustAcceptTheNewTermsBeforeAnythingElse() {
        try (Browser browser = new Browser()) {
            browser.signIn(email, PASSWORD)
                    .expect("Revised Terms of Use of FocalPoint.");

            // no other page is reachable before accepting
            browser.open("account/profile.xhtml").expect("Revised Terms of Use of FocalPoint.");

            browser.click("Accept and continue").expect("Please accept");
            browser.tick("I accept the Terms of Use")
                    .click("Accept and continue")
                    .expect("Welcome, Ada");

            browser.open("consent/history.xhtml").expect("Terms of Use");

            // the profile page shows the signed-in person's own data whatever id the address carries
            browser.open("account/profile.xhtml?id=1&accountId=1&account=1");
            assertEquals("Ada", browser.field("Given name").getAttribute("value"));
            assertEquals(email, browser.shown("@Journey.example.org").getText().strip());
            browser.click("Sign out").expect("You are signed out");
        }
    }
}
