package org.focalpoint.it;

import org.openqa.selenium.By;

/**
 * Ticks a row of a PrimeFaces selection table, whose checkboxes carry no label. Kept apart from the
 * IT: the IT also runs in the server, which has no Selenium.
 */
final class QueueRows {

    private QueueRows() {
    }

    /** The name a screen reader gives the check box of the row showing {@code rowText}. */
    static String boxName(Browser browser, String rowText) {
        return browser.waitFor(By.xpath("//tr[contains(., '" + rowText + "')]//div[contains(@class,'ui-chkbox-box')]"))
                .getAttribute("aria-label");
    }

    static void select(Browser browser, String rowText) {
        browser.press(By.xpath("//tr[contains(., '" + rowText + "')]//div[contains(@class,'ui-chkbox-box')]"));
    }
}
