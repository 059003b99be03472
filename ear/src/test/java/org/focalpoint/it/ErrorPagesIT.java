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

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page refused or not found is a page of the application: its header and menu, a heading that says
 * what happened, the language declared, and a way back that leads somewhere.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorPagesIT implements ServerFixture {

    static final String PERSON = "pat.plain@error-pages.example.org";
    static final String PASSWORD = "Error-Pages-Passphrase-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        TestData.approvedPerson(em, consents, TestData.organization(em, "Error Pages Telecom",
                MembershipCategory.SECTOR_MEMBER, Set.of(Sector.ITU_T)), PERSON, PASSWORD, "Pat", "Plain");
    }

    @BeforeAll
    static void aSignedInPersonWhoIsNotStaff() {
        ServerFixture.prepare(ErrorPagesIT.class);
    }

    @Test
    void aPersonWhoIsNotStaffIsToldOnAStyledPageAndFindsTheWayHome() {
        try (Browser person = new Browser()) {
            person.signIn(PERSON, PASSWORD).expect("Sign out");
            person.open("staff/organizations.xhtml").expect("You cannot open this page");

            assertEquals("You cannot open this page", person.driver().findElement(By.tagName("h1")).getText());
            assertEquals("en", person.driver().findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(person.driver().findElement(By.cssSelector("header.fp-header nav")).getText()
                    .contains("My account"), "the menu of a signed-in person");
            assertTrue(person.text().contains("Your account does not give access to this page."), person.text());
            assertEquals(List.of(), person.policyViolations(), "the error page runs its scripts under the policy");

            person.click("Back to the home page").expect("Welcome, Pat");
            assertTrue(person.url().endsWith("/focalpoint/index.xhtml"), person.url());
        }
    }

    @Test
    void aStrangerOnAMissingPublicPageIsOfferedTheSignIn() {
        try (Browser stranger = new Browser()) {
            stranger.open("password/no-such-page.xhtml").expect("Page not found");
            assertEquals("Page not found", stranger.driver().findElement(By.tagName("h1")).getText());
            assertTrue(stranger.driver().findElement(By.cssSelector("header.fp-header nav")).getText()
                    .contains("Create an account"), "the menu of someone signed out");
            stranger.click("Sign in").expect("Forgot your password?");
        }
    }
}
