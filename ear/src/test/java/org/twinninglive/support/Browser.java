package org.twinninglive.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (installed by .ci/run); no
 * browser or driver is downloaded. A fresh profile per browser, so no session leaks between tests.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("chromium-profile");
            var options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                    .build();
            driver = new ChromeDriver(service, options);
        } catch (java.io.IOException noTempDir) {
            throw new IllegalStateException(noTempDir);
        }
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public java.util.List<WebElement> findAll(By by) {
        wait.until(ExpectedConditions.presenceOfElementLocated(by));
        return driver.findElements(by);
    }

    public Browser waitForText(By by, String text, java.time.Duration atMost) {
        new WebDriverWait(driver, atMost).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return this;
    }

    public Browser click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    public Browser type(By by, String text) {
        var field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Fills Keycloak's login form (twinning realm) and submits it. */
    public Browser signInAs(String username) {
        type(By.id("username"), username);
        type(By.id("password"), username);
        return click(By.id("kc-login"));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String pageText() {
        return find(By.tagName("body")).getText();
    }

    @Override
    public void close() {
        driver.quit();
        // the profile is tens of megabytes: a full run would leave hundreds in /tmp
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException alreadyGone) {
            // nothing left to remove
        }
    }
}
