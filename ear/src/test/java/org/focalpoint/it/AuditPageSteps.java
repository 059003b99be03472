package org.focalpoint.it;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Reads and picks on the Activity page: its drop-down lists and its table. Kept apart from the IT:
 * the IT also runs in the server, which has no Selenium.
 */
final class AuditPageSteps {

    private AuditPageSteps() {
    }

    /** Picks the option showing {@code text} in the drop-down list labelled {@code label}. */
    static void pick(Browser browser, String label, String text) {
        new Select(browser.field(label)).selectByVisibleText(text);
    }

    /** The value behind the option showing {@code text}, as the form would send it. */
    static String optionValue(Browser browser, String label, String text) {
        return new Select(browser.field(label)).getOptions().stream().filter(o -> o.getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no option " + text)).getAttribute("value");
    }

    /** What the table of entries shows, or an empty text when the page shows no table. */
    static String table(Browser browser) {
        return browser.driver().findElements(By.id("audit:lines")).stream().map(e -> e.getText())
                .findFirst().orElse("");
    }
}
