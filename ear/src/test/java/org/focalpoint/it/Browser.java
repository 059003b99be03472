package org.focalpoint.it;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

/**
 * Debian's headless Chromium, driven the way a person uses the pages: fields found by their
 * label, buttons and links by their text. Each comes to the pages as a new visitor, on a browser
 * {@link Chromium} keeps for the run.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration LOOK_AGAIN = Duration.ofMillis(50);

    private final ChromeDriver driver;
    private final String baseUrl;

    public Browser() {
        this.driver = Chromium.take();
        this.baseUrl = "http://127.0.0.1:" + System.getProperty("it.http.port") + "/focalpoint/";
        // what an earlier Browser's pages wrote stays theirs
        driver.manage().logs().get(LogType.BROWSER);
    }

    /**
     * What the Content-Security-Policy blocked on the pages since the last call (or since this
     * Browser was taken), as the browser's console reported it.
     */
    public List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Opens a page of the application, e.g. {@code open("signup.xhtml")}, or an absolute URL. */
    public Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
        settle();
        return this;
    }

    /** Opens the sign-in page and signs in as a person would; the caller checks where that leads. */
    public Browser signIn(String email, String password) {
        return open("signin.xhtml").fill("E-mail address", email).fill("Password", password).click("Sign in");
    }

    /** Types into the field labelled {@code label} (the label's text, exactly). */
    public Browser fill(String label, String value) {
        WebElement field = field(label);
        // what a person does: select what is there and type over it (a date picker keeps what clear() takes away)
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(value);
        return this;
    }

    /** Types {@code typed} into the autocomplete labelled {@code label} and picks the suggestion showing {@code suggestion}. */
    public Browser choose(String label, String typed, String suggestion) {
        fill(label, typed);
        waitFor(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(normalize-space(.), "
                + literal(suggestion) + ")]")).click();
        settle();
        return this;
    }

    /** Ticks or clicks the checkbox or radio labelled {@code label}. */
    public Browser tick(String label) {
        waitFor(labelled(label)).click();
        settle();
        return this;
    }

    /**
     * Clicks the button showing {@code text}, or the link when no such button is shown (the
     * header's "Sign in" link must not win over the form's "Sign in" button), then waits for the
     * page to settle. A click that lands on the mask of a dialog still fading out is tried again,
     * as a person would click again once the dialog has gone.
     */
    public Browser click(String text) {
        String t = literal(text);
        By button = By.xpath("//button[normalize-space(.)=" + t + "]"
                + " | //input[(@type='submit' or @type='button') and @value=" + t + "]");
        waiting().ignoring(ElementClickInterceptedException.class).until(d -> {
            var buttons = d.findElements(button).stream().filter(WebElement::isDisplayed).findFirst();
            WebElement target = buttons.orElseGet(() -> d.findElements(By.xpath("//a[normalize-space(.)=" + t + "]"))
                    .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
            if (target == null) {
                openMenuHolding(t);
                return false;
            }
            target.click();
            return true;
        });
        settle();
        return this;
    }

    /**
     * Opens the header's menu ("My account", "Secretariat" …) that holds the item {@code literal}
     * names, when the item is there but hidden, as a person opens a menu to reach an item in it.
     */
    private void openMenuHolding(String literal) {
        driver.findElements(By.xpath("//nav//li[contains(@class, 'ui-menu-parent') and not(ancestor::li)"
                        + " and not(contains(@class, 'ui-menuitem-active'))]"
                        + "[.//a[normalize-space(.)=" + literal + "]]/a"))
                .stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
    }

    /** Opens the menu of actions on the table row that shows {@code rowText}, as a person picks a row's menu. */
    public Browser openRowMenu(String rowText) {
        return press(By.xpath("//tr[contains(normalize-space(.), " + literal(rowText) + ")]"
                + "//*[contains(@class, 'ui-menubutton')]//button"));
    }

    /**
     * Clicks what {@code by} finds, for what shows no text to click it by (a table row's check box),
     * then waits for the page to settle.
     */
    public Browser press(By by) {
        waitFor(by).click();
        settle();
        return this;
    }

    public Browser reload() {
        driver.navigate().refresh();
        settle();
        return this;
    }

    /** The input behind the label {@code label}, for checks a person makes by looking at it. */
    public WebElement field(String label) {
        WebElement labelElement = waitFor(labelled(label));
        String id = labelElement.getAttribute("for");
        if (id == null || id.isEmpty()) {
            return labelElement.findElement(By.xpath(".//input|.//textarea|.//select"));
        }
        WebElement target = driver.findElement(By.id(id));
        // PrimeFaces widgets put the real input inside a wrapper that carries the id
        if (!List.of("input", "textarea", "select").contains(target.getTagName())) {
            List<WebElement> inner = target.findElements(By.xpath(".//input[not(@type='hidden')]|.//textarea"));
            if (!inner.isEmpty()) {
                return inner.get(0);
            }
        }
        return target;
    }

    public boolean hasField(String label) {
        return !driver.findElements(labelled(label)).isEmpty();
    }

    public WebElement button(String text) {
        return waitFor(By.xpath("//button[normalize-space(.)=" + literal(text) + "]"
                + " | //input[@type='submit' and @value=" + literal(text) + "]"));
    }

    public WebElement link(String text) {
        return waitFor(By.linkText(text));
    }

    /** Waits until an element whose own text contains {@code text} is shown, and returns it. */
    public WebElement shown(String text) {
        return waitFor(By.xpath("//*[contains(text()," + literal(text) + ")]"));
    }

    /** The visible text of the page. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the page shows {@code expected}; fails with the page's text otherwise. */
    public Browser expect(String expected) {
        try {
            waiting().until(d -> text().contains(expected));
        } catch (TimeoutException e) {
            throw new AssertionError("Expected \"" + expected + "\" on " + driver.getCurrentUrl() + ", page shows:\n"
                    + text());
        }
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String cookie(String name) {
        var cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Given back to {@link Chromium}, emptied, for the next Browser. */
    @Override
    public void close() {
        Chromium.giveBack(driver);
    }

    public WebElement waitFor(By by) {
        try {
            return waiting().until(d -> {
                List<WebElement> found = d.findElements(by);
                return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Not found on " + driver.getCurrentUrl() + ": " + by + "\npage shows:\n" + text());
        }
    }

    /**
     * Waits for the document and PrimeFaces' ajax queue to be idle, then scans what the page shows
     * ({@link AccessibilityScan}): every page and every ajax update a test reaches is scanned. A
     * click that submits a form may start loading the next page only once the old one looked idle;
     * a scan that the leaving page cuts short is made again on the page that follows.
     */
    private void settle() {
        waiting().ignoring(WebDriverException.class).until(d -> {
            if (!Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                            + " || PrimeFaces.ajax.Queue.isEmpty());"))) {
                return false;
            }
            AccessibilityScan.pass(d);
            return true;
        });
    }

    /** A label showing {@code label}, with or without the asterisk PrimeFaces adds to required fields. */
    private static By labelled(String label) {
        return By.xpath("//label[normalize-space(translate(., '*', ''))=" + literal(label) + "]");
    }

    /**
     * A wait that outlasts page changes: an element read while the next page loads is simply read
     * again. It looks again every 50 ms, not Selenium's 500: a step waits on the page, not on the wait.
     */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT, LOOK_AGAIN);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static String literal(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "', \"'\", '") + "')";
    }
}
