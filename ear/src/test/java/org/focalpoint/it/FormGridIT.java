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
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A form's two columns hold when its messages show: every label stays in the first column, beside
 * its own field, on the sign-up form refused as a whole and on the event form with two moments
 * written wrong.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
class FormGridIT implements ServerFixture {

    static final String STAFF_PASSWORD = "Staff-Office-Desk-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void staffCanSignIn() {
        ServerFixture.prepare(FormGridIT.class);
    }

    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        TestData.staffReady(em, consents);
    }

    @Test
    @RunAsClient
    void theSignUpFormsLabelsStayBesideTheirFieldsWhenEveryFieldHasAMessage() {
        try (Browser visitor = new Browser()) {
            visitor.open("signup.xhtml").click("Create account").expect("Please enter your given name.");
            besideTheirFields(visitor, List.of("Given name", "Family name", "E-mail address", "Password"));
        }
    }

    @Test
    @RunAsClient
    void theEventFormsLabelsStayBesideTheirFieldsWhenTheDaysAreRefused() {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, STAFF_PASSWORD).expect("Sign out");
            staff.click("Events (staff)").click("Create an event").expect("New event");
            staff.fill("Registration opens (yyyy-mm-dd hh:mm, Europe/Zurich)", "next Monday")
                    .fill("Registration closes (yyyy-mm-dd hh:mm, Europe/Zurich)", "a week later");
            staff.click("Create event").expect("Please write when registration opens");
            besideTheirFields(staff, List.of("Title", "First day (yyyy-mm-dd)", "Last day (yyyy-mm-dd)", "Place",
                    "Registration opens (yyyy-mm-dd hh:mm, Europe/Zurich)",
                    "Registration closes (yyyy-mm-dd hh:mm, Europe/Zurich)"));
        }
    }

    /** Each label in the form's first column, level with its field in the second. */
    private static void besideTheirFields(Browser browser, List<String> labels) {
        Integer column = null;
        for (String text : labels) {
            WebElement label = browser.waitFor(By.xpath("//label[normalize-space(translate(., '*', ''))='" + text + "']"));
            WebElement field = browser.field(text);
            if (column == null) {
                column = label.getRect().getX();
            }
            assertEquals(column, label.getRect().getX(), text + " is in the first column");
            assertTrue(field.getRect().getX() > label.getRect().getX() + label.getRect().getWidth() - 1,
                    text + ": its field is in the second column");
            assertTrue(Math.abs(field.getRect().getY() - label.getRect().getY()) < 24,
                    text + " is level with its field: label at " + label.getRect().getY() + ", field at "
                            + field.getRect().getY());
        }
    }
}
