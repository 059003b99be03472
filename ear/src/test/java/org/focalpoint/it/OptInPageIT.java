package org.focalpoint.it;

import jakarta.persistence.EntityManager;
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
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Through the pages in headless Chromium: staff open a member from the organizations list, record
 * its opt-in to automatic approval from an e-mail, see it in the history, then record its opt-out.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class OptInPageIT implements ServerFixture {

    static final String ORGANIZATION = "Opt-in Page Telecom";
    static final String STAFF_PASSWORD = "Staff-Office-Desk-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void staffAndAFreshMemberAreReady() {
        ServerFixture.prepare(OptInPageIT.class);
    }

    /** Staff may sign in straight away; a fresh member, as earlier runs' give up the name. */
    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        TestData.staffReady(em, consents);
        em.createQuery("select o from Organization o where o.name like :name", Organization.class)
                .setParameter("name", ORGANIZATION + "%").getResultList()
                .forEach(o -> o.rename("Earlier run " + UUID.randomUUID() + " of the opt-in page test"));
        em.flush();
        em.persist(new Organization(ORGANIZATION, "CH", MembershipCategory.SECTOR_MEMBER, EnumSet.of(Sector.ITU_T),
                Instant.now()));
    }

    @Test
    @RunAsClient
    void staffRecordAnOptInFromAnEmailThenAnOptOut() {
        // Browser stays a local variable: this class also runs in the server, which has no Selenium
        try (Browser staff = new Browser()) {
            By historyRows = By.cssSelector("[id$='history_data'] tr:not(.ui-datatable-empty-message)");
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Organizations").fill("Name contains", ORGANIZATION).click("Search").expect(ORGANIZATION);
            staff.click("Opt-ins").expect(ORGANIZATION).expect("Never opted in").expect("Nothing was recorded yet.");

            staff.fill("Takes effect on (YYYY-MM-DD)", "2999-01-01").click("Record opt-in")
                    .expect("The date cannot be after the end of study period");
            staff.expect("Never opted in");

            staff.fill("Takes effect on (YYYY-MM-DD)", java.time.LocalDate.now().toString());
            new Select(staff.field("Source")).selectByVisibleText("E-mail");
            staff.fill("Reference", "Mail to tsbdir of 3 November, ref. OPT-7731");
            staff.fill("Note", "Sent by the DFP in the wording of the circular's annex");
            staff.click("Record opt-in").expect("Opt-in of " + ORGANIZATION + " for ITU-T recorded.")
                    .expect("Opted in since").expect("(end of study period");
            staff.expect("Mail to tsbdir of 3 November, ref. OPT-7731").expect("E-mail").expect("Sam Secretariat");
            assertEquals(1, staff.driver().findElements(historyRows).size());

            new Select(staff.field("Source")).selectByVisibleText("Letter");
            staff.fill("Reference", "Letter OPT-7790");
            staff.click("Record opt-out").expect("Opt-out of " + ORGANIZATION + " for ITU-T recorded.")
                    .expect("Opted out on");
            staff.expect("Letter OPT-7790").expect("Mail to tsbdir of 3 November, ref. OPT-7731");
            assertEquals(2, staff.driver().findElements(historyRows).size(), "both changes kept");

            staff.click("Back to all members' opt-ins");
            staff.fill("Name contains", ORGANIZATION);
            new Select(staff.field("Standing")).selectByVisibleText("Opted out or lapsed");
            staff.click("Search").expect(ORGANIZATION).expect("ITU-T: Opted out on");
            new Select(staff.field("Standing")).selectByVisibleText("Opted in");
            staff.click("Search").expect("No ITU Member matches.");
        }
    }

}
