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
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-up, verification and password pages in headless Chromium, used as a person would.
 * A fixture made in the server puts an ITU Member and the consents in place; the tests run in
 * the test JVM and see the application only through the browser and the mailbox.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class SignUpPagesIT implements ServerFixture {

    /** Named so in every run; the browser picks whichever of them the list offers first. */
    private static final String MEMBER_PREFIX = "Browser Telecom";
    private static final String PASSWORD = "correct horse battery";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void anItuMemberToChooseAndTheConsentsToAccept() {
        ServerFixture.prepare(SignUpPagesIT.class);
    }

    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        MemberFixture.sectorMember(em, consents, MEMBER_PREFIX + " " + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    @RunAsClient
    void aPersonSignsUpVerifiesAndResetsThePassword() {
        String email = "u" + UUID.randomUUID() + "@example.org";
        try (Browser browser = new Browser()) {
            browser.open("signup.xhtml");
            browser.tick("ITU Member");
            browser.field("Organization").sendKeys(MEMBER_PREFIX);
            browser.press(By.cssSelector(".ui-autocomplete-item"));
            browser.tick("Request TIES access");
            browser.field("Given name").sendKeys("<script>alert(1)</script>");
            browser.field("Family name").sendKeys("Lee");
            browser.field("E-mail address").sendKeys(email);
            browser.field("Password").sendKeys(PASSWORD);
            browser.field("Repeat the password").sendKeys("something else entirely");
            browser.tick("I accept the Terms of Use");
            browser.tick("I accept the Data Privacy statement");
            browser.click("Create account");

            // refused: the message is shown, and what was typed is kept except the passwords
            browser.shown("The two passwords do not match.");
            assertEquals("<script>alert(1)</script>", browser.field("Given name").getAttribute("value"));
            assertEquals(email, browser.field("E-mail address").getAttribute("value"));
            assertEquals("", browser.field("Password").getAttribute("value"));
            assertTrue(browser.field("Request TIES access").isSelected());
            assertTrue(browser.field("I accept the Terms of Use").isSelected());

            browser.field("Password").sendKeys(PASSWORD);
            browser.field("Repeat the password").sendKeys(PASSWORD);
            browser.click("Create account");
            browser.shown("We have sent a link to " + email + ". Open it to activate your account.");

            browser.open(Mailbox.await(email, "Verify").link("verify.xhtml"));
            browser.shown("Your e-mail address is verified. You can now sign in.");
            assertTrue(browser.link("Sign in").getAttribute("href").endsWith("/focalpoint/signin.xhtml"));

            browser.reload();
            browser.shown("This link has already been used or replaced by a newer one.");
            assertTrue(browser.button("Send a new link").isDisplayed());

            browser.open("password/forgot.xhtml");
            browser.field("E-mail address").sendKeys(email.toUpperCase());
            browser.click("Send reset link");
            browser.shown("If an account exists for this address, we have sent a link.");

            browser.open(Mailbox.await(email, "Reset").link("password/reset.xhtml"));
            browser.field("New password").sendKeys("short");
            browser.field("Repeat the new password").sendKeys("short");
            browser.click("Set new password");
            browser.shown("The password must have at least 12 characters.");
            browser.field("New password").sendKeys("a much better passphrase");
            browser.field("Repeat the new password").sendKeys("a much better passphrase");
            browser.click("Set new password");
            browser.shown("Your password has been changed. You can now sign in.");
        }
    }

    @Test
    @RunAsClient
    void aPersonOfAnotherOrganizationTypesItAndIsNotOfferedTies() {
        String email = "u" + UUID.randomUUID() + "@example.org";
        try (Browser browser = new Browser()) {
            browser.open("signup.xhtml");
            browser.tick("Other");
            browser.field("Organization name").sendKeys("Garage Lab " + UUID.randomUUID());
            assertFalse(browser.hasField("Request TIES access"));
            new Select(browser.field("Organization country")).selectByVisibleText("Kenya");
            browser.field("Given name").sendKeys("Wanjiru");
            browser.field("Family name").sendKeys("Kamau");
            browser.field("E-mail address").sendKeys(email);
            browser.field("Password").sendKeys(PASSWORD);
            browser.field("Repeat the password").sendKeys(PASSWORD);
            browser.click("Create account");

            browser.shown("Please accept the Terms of Use and the Data Privacy statement.");
            assertEquals("Kenya", new Select(browser.field("Organization country")).getFirstSelectedOption().getText());
            browser.field("Password").sendKeys(PASSWORD);
            browser.field("Repeat the password").sendKeys(PASSWORD);
            browser.tick("I accept the Terms of Use");
            browser.tick("I accept the Data Privacy statement");
            browser.click("Create account");
            browser.shown("We have sent a link to " + email + ".");
            assertFalse(Mailbox.await(email, "Verify").body().isEmpty());
        }
    }

    @Test
    @RunAsClient
    void aForgedVerificationLinkOffersANewOne() {
        try (Browser browser = new Browser()) {
            browser.open("verify.xhtml?token=forged");
            browser.shown("This link is not valid. Please use the link from your most recent e-mail.");
            browser.field("E-mail address").sendKeys("nobody." + UUID.randomUUID() + "@example.org");
            browser.click("Send a new link");
            browser.shown("If an account waiting for verification exists for this address, we have sent a new link to it.");
        }
    }
}
