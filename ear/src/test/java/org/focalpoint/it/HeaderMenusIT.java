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
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The header holds every item on its bar at the 1280 px the browser tests use, for staff who see
 * the most: the items everyone uses, the shop's menu, their own account's menu, Secretariat, and Sign out; each
 * menu opens on a click and its pages are reached through it.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class HeaderMenusIT implements ServerFixture {

    static final String STAFF_PASSWORD = "Staff-Office-Desk-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void staffCanSignIn() {
        ServerFixture.prepare(HeaderMenusIT.class);
    }

    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        TestData.staffReady(em, consents);
    }

    @Test
    @RunAsClient
    void theStaffHeaderKeepsEveryItemOnTheBarAt1280Pixels() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            assertEquals(1280, staff.driver().manage().window().getSize().getWidth());

            WebElement header = staff.waitFor(By.cssSelector("header.fp-header"));
            Rectangle bar = header.getRect();
            List<WebElement> items = staff.driver().findElements(
                    By.cssSelector("header .fp-menubar > ul > li > a, header .fp-sign-out"));
            List<String> names = items.stream().map(a -> a.getText().strip()).toList();
            assertEquals(List.of("Home", "Events", "Publications", "My account", "Secretariat", "Sign out"), names);
            Rectangle first = items.get(0).getRect();
            int row = first.getY() + first.getHeight() / 2;
            for (WebElement item : items) {
                Rectangle r = item.getRect();
                assertTrue(item.isDisplayed(), item.getText() + " is shown");
                assertTrue(r.getX() >= bar.getX() && r.getX() + r.getWidth() <= bar.getX() + bar.getWidth(),
                        item.getText() + " lies within the bar: " + r.getX() + "+" + r.getWidth() + " of " + bar.getWidth());
                assertTrue(Math.abs(row - (r.getY() + r.getHeight() / 2)) <= 4,
                        item.getText() + " is on the bar's one row: centred at " + (r.getY() + r.getHeight() / 2)
                                + ", the first at " + row);
            }

            staff.click("Director's mailbox").expect("Received from");
            staff.click("My affiliations").expect("My affiliations");
            staff.click("My wish list").expect("Price when added");
        }
    }
}
