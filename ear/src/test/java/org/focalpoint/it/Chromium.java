package org.focalpoint.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Level;

/**
 * Debian's headless Chromium, kept running for the whole test run: starting one takes a second or
 * two, and the browser tests open some eighty {@link Browser}s. A browser given back is emptied
 * before it is taken again (every cookie and every site's storage cleared, a new tab in place of
 * its windows), so that each Browser comes to the pages as a new visitor would, as on a fresh
 * profile. Those left are quit when the run ends. Nothing is downloaded.
 */
public final class Chromium implements LauncherSessionListener {

    private static final Deque<ChromeDriver> IDLE = new ConcurrentLinkedDeque<>();
    /** The one site the browser tests visit. */
    private static final String APPLICATION = "http://127.0.0.1:" + System.getProperty("it.http.port");

    static ChromeDriver take() {
        ChromeDriver idle = IDLE.poll();
        return idle != null ? idle : start();
    }

    /** Emptied and kept for the next Browser; one that cannot be emptied (it died, a dialog holds it) is quit. */
    static void giveBack(ChromeDriver driver) {
        try {
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", APPLICATION, "storageTypes", "all"));
            driver.switchTo().newWindow(WindowType.TAB);
            String fresh = driver.getWindowHandle();
            for (String window : driver.getWindowHandles()) {
                if (!window.equals(fresh)) {
                    driver.switchTo().window(window).close();
                }
            }
            driver.switchTo().window(fresh);
            IDLE.push(driver);
        } catch (WebDriverException e) {
            driver.quit();
        }
    }

    private static ChromeDriver start() {
        Path build = Path.of(System.getProperty("it.build.dir", "target"));
        Path home = build.resolve("browser-home");
        Path profile;
        try {
            Files.createDirectories(home);
            profile = Files.createTempDirectory(build, "chromium-profile-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString(),
                        "XDG_CONFIG_HOME", home.resolve("config").toString(),
                        "XDG_CACHE_HOME", home.resolve("cache").toString()))
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + profile);
        // the console, where the browser reports what the Content-Security-Policy blocked
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        return new ChromeDriver(service, options);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        for (ChromeDriver driver = IDLE.poll(); driver != null; driver = IDLE.poll()) {
            driver.quit();
        }
    }
}
