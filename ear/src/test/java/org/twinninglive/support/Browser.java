package org.twinninglive.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
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
            // the console, for what the browser refused (PageChecks.cspRefusals)
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
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
        try {
            new WebDriverWait(driver, atMost).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            dump("timeout-" + System.currentTimeMillis());
            throw notThere;
        }
        return this;
    }

    /** Waits until the page has no PrimeFaces AJAX request waiting or running. */
    public Browser waitForAjax(java.time.Duration atMost) {
        new WebDriverWait(driver, atMost).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
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

    /** The id of the element that has the keyboard's focus (empty when it is the page itself). */
    public String focusedId() {
        var focused = driver.switchTo().activeElement();
        String id = focused.getAttribute("id");
        return id == null ? "" : id;
    }

    /** Waits until the element of that id has the keyboard's focus (PrimeFaces moves it just after an update). */
    public Browser waitForFocusOn(String id) {
        try {
            wait.until(driver -> id.equals(focusedId()));
        } catch (org.openqa.selenium.TimeoutException notThere) {
            throw new AssertionError("focus expected on " + id + " but is on '" + focusedId() + "'");
        }
        return this;
    }

    /** Presses Enter on an element, finding it again if the page redrew it meanwhile. */
    public Browser pressEnter(By by) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            driver.findElement(by).sendKeys(org.openqa.selenium.Keys.ENTER);
            return true;
        });
        return this;
    }

    /** How many elements match now, without waiting for any to appear. */
    public int countNow(By by) {
        return driver.findElements(by).size();
    }

    /** The page's source and a screenshot under target/browser-dumps, to see what a failing test saw. */
    public void dump(String name) {
        try {
            var folder = Files.createDirectories(Path.of("target", "browser-dumps"));
            Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
            var png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (java.io.IOException cannotWrite) {
            throw new java.io.UncheckedIOException(cannotWrite);
        }
    }

    /** Puts a long text into a field at once, as a paste would (typing 10,000 keys takes minutes). */
    public Browser setValue(By by, String text) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                find(by), text);
        return this;
    }

    /** Fills Keycloak's login form (twinning realm) and submits it. */
    public Browser signInAs(String username) {
        type(By.id("username"), username);
        type(By.id("password"), username);
        return click(By.id("kc-login"));
    }

    /** Fills Keycloak's login form with this password (a pupil's access code, realm twinning-pupils) and submits it. */
    public Browser signInAs(String username, String password) {
        type(By.id("username"), username);
        type(By.id("password"), password);
        return click(By.id("kc-login"));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String pageText() {
        return find(By.tagName("body")).getText();
    }

    /** What pages wrote to the console since the last call: errors, refusals, console.log calls. */
    public java.util.List<String> consoleMessages() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .toList();
    }

    /** The WebDriver itself, for tools that drive the page on their own (axe-core's AxeBuilder). */
    public WebDriver driver() {
        return driver;
    }

    /** Runs JavaScript in the page; answers what it returns (numbers as Long or Double, objects as Maps). */
    public Object script(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    /** Runs asynchronous JavaScript, which calls its last argument with the answer (within the script timeout). */
    public Object asyncScript(String javaScript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javaScript, arguments);
    }

    /**
     * Lays pages out as in a window of this size, in CSS pixels (Chromium's device-metrics
     * emulation: exact, unlike resizing a headless window), until {@link #naturalViewport()}.
     */
    public Browser viewport(int width, int height) {
        ((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    /** Back to the window's own size after {@link #viewport(int, int)}. */
    public Browser naturalViewport() {
        ((HasCdp) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        return this;
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
