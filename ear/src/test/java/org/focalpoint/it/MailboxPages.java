package org.focalpoint.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

/**
 * Browser steps of the Director's mailbox that go below what a person reads: opening a message by
 * its subject in the list (a subject may read like a header link, "Automatic approval"), and
 * looking for what a hostile mail's markup would leave behind had it run. Kept apart from the IT:
 * the IT also runs in the server, which has no Selenium.
 */
final class MailboxPages {

    private MailboxPages() {
    }

    /** Clicks the subject of the message in the queue's table. */
    static void openMessage(Browser browser, String subject) {
        browser.press(By.xpath("//table//td//a[normalize-space(.)='" + subject + "']"));
        browser.expect("Message to the Director");
    }

    /** Types a day into the date picker labelled {@code label} and leaves it, as a person tabs on. */
    static void day(Browser browser, String label, String day) {
        browser.fill(label, day);
        browser.field(label).sendKeys(Keys.TAB);
    }

    /** The subject of the first message the queue's table shows, or null when it shows none. */
    static String firstSubject(Browser browser) {
        List<WebElement> links = browser.driver().findElements(By.xpath("//table//tbody//td//a"));
        return links.isEmpty() ? null : links.get(0).getText().strip();
    }

    /**
     * What the sample odd/08-html-with-script.eml would leave had its markup been taken as markup:
     * an alert open, the variable its script sets, its script, image or onload handler in the page.
     */
    static List<String> tracesOfTheHostileMail(Browser browser) {
        List<String> traces = new ArrayList<>();
        try {
            traces.add("an alert is open: " + browser.driver().switchTo().alert().getText());
        } catch (NoAlertPresentException none) {
            // as it should be
        }
        Object found = ((JavascriptExecutor) browser.driver()).executeScript("""
                var traces = [];
                if (typeof window.note !== 'undefined') { traces.push('its script set window.note'); }
                document.querySelectorAll('script').forEach(function (s) {
                    if (s.textContent.indexOf('opt out') >= 0) { traces.push('its script element is in the page'); }
                });
                if (document.querySelector('img[src="x"]')) { traces.push('its image is in the page'); }
                if (document.querySelector('[onload*="attacker"]')) { traces.push('its onload handler is in the page'); }
                return traces;
                """);
        for (Object trace : (List<?>) found) {
            traces.add(String.valueOf(trace));
        }
        return traces;
    }
}
