package org.focalpoint.it;

import org.openqa.selenium.By;

/**
 * Ticks a row of a PrimeFaces selection table, whose checkboxes carry no label. Kept apart from the
 * IT: the IT also runs in the server, which has no Selenium.
 */
final class QueueRows {

    private QueueRows() {
    }

    static void select(Browser browser, String rowText) {
        browser.press(By.xpath("//tr[contains(., '" + rowText + "')]//div[contains(@class,'ui-chkbox-box')]"));
    }
}
