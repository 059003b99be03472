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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the pages in headless Chromium: staff create a promotional code limited to a format,
 * find it listed with its terms and deactivate it after confirming; staff change the member
 * discount's percentage, a negative one being refused next to its field with nothing changed, and
 * set it back to ITU's 15 %.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffPricesPageIT implements ServerFixture {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String MEMBER_DISCOUNT = "Member States and Sector Members";
    private static final AtomicLong CODES = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @BeforeAll
    static void staffCanSignIn() {
        ServerFixture.prepare(StaffPricesPageIT.class);
    }

    @Override
    public void prepare(EntityManager em, ConsentService consents) {
        TestData.staffReady(em, consents);
    }

    /** The whole page as a person would scroll through it, into target/screenshots, for a reviewer to look at. */
    private static void shoot(Browser browser, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Dimension window = browser.driver().manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight");
        browser.driver().manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 150, 6000)));
        try {
            Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.driver().manage().window().setSize(window);
        }
    }

    /** The text of the table row that shows {@code text}. */
    private static String row(Browser browser, String text) {
        return browser.waitFor(By.xpath("//tr[td[contains(normalize-space(.), '" + text + "')]]")).getText();
    }

    @Test
    void staffCreateAPromoCodeForPrintEditionsAndDeactivateIt() throws IOException {
        String code = "PRINT-" + CODES.incrementAndGet();
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, StaffCataloguePageIT.STAFF_PASSWORD).expect("Sign out");
            staff.click("Promotional codes").expect("Create a promotional code");
            staff.click("Create a promotional code").expect("New promotional code");
            staff.fill("Code", "AB");
            new Select(staff.field("Takes off")).selectByVisibleText("Percentage");
            staff.fill("Percentage or amount", "12.5").fill("Uses in all", "100").fill("Uses per account", "1");
            staff.tick("Print");
            staff.click("Create code")
                    .expect("A promotional code is 3 to 30 letters, digits or hyphens; “AB” is not one.");
            shoot(staff, "promo-code-refused");
            staff.fill("Code", code.toLowerCase());
            staff.click("Create code").expect("The promotional code " + code + " was created.");

            staff.fill("Code, or a part of it", code).click("Search").expect(code);
            String listed = row(staff, code);
            assertTrue(listed.contains("12.5 % off"), listed);
            assertTrue(listed.contains("Formats: Print"), listed);
            assertTrue(listed.contains("100"), listed);
            shoot(staff, "promo-codes");

            staff.click("Edit").expect("Promotional code " + code).expect("Not used yet.");
            assertEquals("12.50", staff.field("Percentage or amount").getAttribute("value"));
            staff.fill("Uses in all", "50").click("Save changes").expect("The promotional code " + code + " was saved.");
            shoot(staff, "promo-code");

            staff.fill("Code, or a part of it", code).click("Search").expect(code);
            assertTrue(row(staff, code).contains("50"), row(staff, code));
            staff.click("Deactivate").expect("Deactivate the promotional code " + code + "?");
            shoot(staff, "promo-code-deactivate-dialog");
            staff.click("Yes, deactivate it").expect("The promotional code " + code + " is deactivated.");
            assertTrue(row(staff, code).contains("Inactive"), row(staff, code));
            staff.reload().fill("Code, or a part of it", code).click("Search");
            assertTrue(row(staff, code).contains("Inactive"), row(staff, code));
        }
    }

    @Test
    void staffChangeTheMemberDiscountAndANegativePercentIsRefused() throws IOException {
        try (Browser staff = new Browser()) {
            staff.signIn(TestData.STAFF_EMAIL, StaffCataloguePageIT.STAFF_PASSWORD).expect("Sign out");
            staff.click("Prices and discounts").expect("Member discounts").expect("Shipping zones");
            assertTrue(row(staff, MEMBER_DISCOUNT).contains("15 %"), row(staff, MEMBER_DISCOUNT));
            shoot(staff, "price-rules");

            staff.click(MEMBER_DISCOUNT).expect("The discount “" + MEMBER_DISCOUNT + "”");
            staff.fill("Discount in %", "-5").click("Save discount")
                    .expect("A percentage must be more than 0 and at most 100; “-5” is not.");
            shoot(staff, "price-rules-refused");
            staff.reload().expect("Member discounts");
            assertTrue(row(staff, MEMBER_DISCOUNT).contains("15 %"), row(staff, MEMBER_DISCOUNT));

            staff.click(MEMBER_DISCOUNT).expect("The discount “" + MEMBER_DISCOUNT + "”");
            staff.fill("Discount in %", "20").click("Save discount")
                    .expect("The discount “" + MEMBER_DISCOUNT + "” was saved.");
            assertTrue(row(staff, MEMBER_DISCOUNT).contains("20 %"), row(staff, MEMBER_DISCOUNT));
            staff.reload().expect("Member discounts");
            assertTrue(row(staff, MEMBER_DISCOUNT).contains("20 %"), row(staff, MEMBER_DISCOUNT));

            // ITU's discount again, for the tests that price orders with it
            staff.click(MEMBER_DISCOUNT).expect("The discount “" + MEMBER_DISCOUNT + "”");
            staff.fill("Discount in %", "15").click("Save discount")
                    .expect("The discount “" + MEMBER_DISCOUNT + "” was saved.");
            assertTrue(row(staff, MEMBER_DISCOUNT).contains("15 %"), row(staff, MEMBER_DISCOUNT));
        }
    }
}
