package org.focalpoint.it;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Debian's headless Chromium, finding fields by their label and buttons by their text as a person
 * does. Client side only: a test class that also runs in the server must not have Selenium types
 * in its fields or method signatures, so they live here.
 */
final class HeadlessBrowser implements AutoCloseable {

    private final WebDriver driver;

    HeadlessBrowser() {
        try {
            Path home = Files.createDirectories(Path.of(System.getProperty("it.build.dir"), "chromium"));
            Path profile = Files.createTempDirectory(home, "profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1280,1600", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .withEnvironment(Map.of("HOME", home.toString(),
                            "XDG_CONFIG_HOME", home.resolve("config").toString(),
                            "XDG_CACHE_HOME", home.resolve("cache").toString()))
                    .build();
            driver = new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare a profile for Chromium", e);
        }
    }

    /** A page of the application under test, e.g. "signup.xhtml", or an absolute link from a mail. */
    void open(String pageOrLink) {
        driver.get(pageOrLink.startsWith("http") ? pageOrLink
                : "http://127.0.0.1:" + System.getProperty("it.http.port") + "/focalpoint/" + pageOrLink);
    }

    void reload() {
        driver.navigate().refresh();
    }

    WebElement field(String label) {
        WebElement element = visible(By.xpath("//label[normalize-space(.)='" + label + "']"));
        return driver.findElement(By.id(element.getAttribute("for")));
    }

    boolean hasField(String label) {
        return !driver.findElements(By.xpath("//label[normalize-space(.)='" + label + "']")).isEmpty();
    }

    WebElement button(String text) {
        return driver.findElement(By.xpath("//button[normalize-space(.)='" + text + "']"
                + " | //input[@type='submit' and @value='" + text + "']"));
    }

    WebElement link(String text) {
        return driver.findElement(By.linkText(text));
    }

    /** Waits until the page shows an element whose own text contains {@code text}. */
    WebElement text(String text) {
        return visible(By.xpath("//*[contains(text(),'" + text + "')]"));
    }

    WebElement visible(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            throw new AssertionError("Not shown: " + by + " on " + driver.getCurrentUrl() + "\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
