package org.focalpoint.it;

import jakarta.persistence.EntityManager;
import org.focalpoint.accounts.Account;
import org.focalpoint.consent.ConsentService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An account moved from the old platform must choose a new password at its first sign-in. */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class MigratedAccountIT implements ServerFixture {

    static final String EMAIL = "migrated.delegate@old-platform.example.org";
    static final String OLD_PASSWORD = "old-platform-password";
    static final String NEW_PASSWORD = "Granite-Meadow-Sparrow-7";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void anAccountMigratedFromTheOldPlatformExists() {
        ServerFixture.prepare(MigratedAccountIT.class);
    }

    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        Account account = TestData.accountWithEmail(em, EMAIL).orElse(null);
        if (account == null) {
            account = new Account(EMAIL, TestData.passwordHash(OLD_PASSWORD), "Grace", "Hopper",
                    Instant.now());
            account.activate();
            em.persist(account);
        } else {
            account.changePassword(TestData.passwordHash(OLD_PASSWORD));
        }
        account.requirePasswordChange();
        // what an earlier run accepted is forgotten: an account from the old platform has accepted nothing here
        em.createNativeQuery("delete from consent_acceptance where account_id = ?1").setParameter(1, account.getId())
                .executeUpdate();
        TestData.consentDocumentsPublished(em, consents);
    }

    @Test
    @RunAsClient
    void theFirstSignInLeadsToChoosingANewPasswordAndOnlyTheNewOneWorksAfterwards() {
        try (Browser browser = new Browser()) {
            browser.signIn(EMAIL, OLD_PASSWORD)
                    .expect("Please choose a new password");

            // nothing else is reachable until then
            browser.open("account/profile.xhtml").expect("Please choose a new password");

            browser.fill("New password", "short")
                    .fill("Repeat the new password", "short")
                    .click("Set new password")
                    .expect("at least 12 characters");
            browser.fill("New password", NEW_PASSWORD)
                    .fill("Repeat the new password", NEW_PASSWORD + "x")
                    .click("Set new password")
                    .expect("do not match");
            browser.fill("New password", NEW_PASSWORD)
                    .fill("Repeat the new password", NEW_PASSWORD)
                    .click("Set new password");

            // then the consents it never accepted on the old platform, then home
            browser.expect("I accept the Terms of Use");
            browser.tick("I accept the Terms of Use");
            if (browser.text().contains("I accept the Data Privacy statement")) {
                browser.tick("I accept the Data Privacy statement");
            }
            browser.click("Accept and continue").expect("Welcome, Grace");
            browser.click("Sign out").expect("You are signed out");

            browser.signIn(EMAIL, OLD_PASSWORD)
                    .expect("The e-mail address or password is not correct");
            browser.fill("E-mail address", EMAIL)
                    .fill("Password", NEW_PASSWORD)
                    .click("Sign in")
                    .expect("Welcome, Grace");
            assertTrue(browser.url().contains("index.xhtml") || browser.url().endsWith("/focalpoint/"), browser.url());
        }
    }
}
