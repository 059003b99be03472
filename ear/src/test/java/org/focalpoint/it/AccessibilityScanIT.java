package org.focalpoint.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scan every browser test runs on the pages it reaches ({@link AccessibilityScan}) fails it
 * on a violation: the sign-in page, which passes, is given text too faint to read and an image
 * without a text, then a click makes the browser look at it again.
 */
@BrowserTest
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityScanIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return FocalPointDeployment.suite();
    }

    @Test
    void aPageWithFaintTextAndAnImageWithoutTextFailsTheTestThatReachesIt() {
        try (Browser browser = new Browser()) {
            browser.open("signin.xhtml");
            ((JavascriptExecutor) browser.driver()).executeScript("""
                    document.querySelector('main').insertAdjacentHTML('beforeend',
                        '<button id="faint" type="button" style="color: #fff; background: #9cc3ea">Look again</button>'
                        + '<img id="unexplained" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
                    """);

            AssertionError failure = assertThrows(AssertionError.class, () -> browser.click("Look again"));

            String report = failure.getMessage();
            assertTrue(report.contains(" on " + browser.url()), report);
            assertTrue(report.contains("color-contrast (serious)"), report);
            assertTrue(report.contains("#faint"), report);
            assertTrue(report.contains("image-alt (critical)"), report);
            assertTrue(report.contains("#unexplained"), report);
        }
    }
}
