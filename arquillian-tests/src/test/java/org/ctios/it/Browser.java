package org.ctios.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the browser tests: Debian's {@code chromium} driven through its {@code chromium-driver},
 * both named explicitly so that Selenium Manager never starts (it would try to download a browser). The build's
 * {@code ensure-chromium} step installs the two packages when they are missing; without them the test fails with
 * the command to run.
 */
final class Browser implements AutoCloseable {

    /** How long any wait for the page may take: the page reacts to the event stream within a second or so. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private static final Path TARGET = Path.of(System.getProperty("ctios.build-directory", "target"));
    private static final Path SCREENSHOTS = TARGET.resolve("screenshots");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        File chromium = new File(System.getProperty("ctios.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("ctios.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver ("
                    + chromium + ", " + chromedriver + "): run 'apt-get install -y chromium chromium-driver' as "
                    + "root, or give -Dctios.chromium=... -Dctios.chromedriver=...");
        }
        try {
            // Chromium writes its profile and crash reports under $HOME: keep them in the build directory.
            Path home = Files.createDirectories(TARGET.resolve("browser-home"));
            Path profile = Files.createTempDirectory(home, "profile");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver)
                    .usingAnyFreePort()
                    .withEnvironment(Map.of("HOME", home.toAbsolutePath().toString()))
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1360,1400", "--lang=en-GB",
                    "--user-data-dir=" + profile.toAbsolutePath());
            // the console's messages, failed requests among them, for consoleErrors()
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver);
        } catch (IOException e) {
            throw new UncheckedIOException("no folder for the browser's profile", e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Fills and sends the sign-in form both pages share (page-shell.js) and waits until it is gone. */
    void signIn(String user, String password) {
        waitUntil("the sign-in form", d -> d.findElement(By.id("sign-in")).isDisplayed());
        find(By.id("user")).clear();
        find(By.id("user")).sendKeys(user);
        find(By.id("password")).clear();
        find(By.id("password")).sendKeys(password);
        find(By.cssSelector("#sign-in button[type=submit]")).click();
        waitUntil("signed in as " + user, d -> d.findElement(By.id("identity")).getText()
                .equals("Signed in as " + user));
    }

    /**
     * Checks the sign-in form before anyone signs in: no CTI link or event stream badge (they mean nothing yet), the
     * page's icon linked and served as an image, and no error in the console (a failed request, such as a
     * favicon.ico that is not there, is one).
     */
    void assertNothingButTheSignInBeforeSignIn() {
        waitUntil("the sign-in form", d -> d.findElement(By.id("sign-in")).isDisplayed());
        assertThat(find(By.id("link-indicator")).isDisplayed()).as("the CTI link badge").isFalse();
        assertThat(find(By.id("stream-indicator")).isDisplayed()).as("the live events badge").isFalse();
        Object icon = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const link = document.querySelector('link[rel=icon]');"
                + "if (!link) { done('no icon linked'); return; }"
                + "fetch(link.href).then(r => done(r.status + ' ' + r.headers.get('Content-Type')),"
                + " e => done(String(e)));");
        assertThat(String.valueOf(icon)).as("the page's icon").startsWith("200 image/svg+xml");
        assertThat(consoleErrors()).as("errors in the console").isEmpty();
    }

    /** The console's errors since the last call (failed requests and script errors). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    /**
     * Clicks the element once it is there, finding it again when the page re-rendered it between the find and the
     * click (a list that live events redraw: the alert list redraws when the switch's event of the alert comes).
     */
    void click(By by) {
        waitUntil("a click on " + by, d -> {
            d.findElement(by).click();
            return true;
        });
    }

    /** Waits (at most {@link #WAIT}) until the condition gives something other than null or false. */
    <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        return waitUntil(what, WAIT, condition);
    }

    <T> T waitUntil(String what, Duration bound, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, bound).withMessage(what).ignoring(RuntimeException.class).until(condition);
    }

    /** The text of an element, or "" while it is not there. */
    String text(By by) {
        return driver.findElements(by).stream().findFirst().map(WebElement::getText).orElse("");
    }

    /** Saves a PNG of the top of the page as {@code target/screenshots/<name>.png} and returns its path. */
    Path screenshot(String name) {
        try {
            driver.executeScript("window.scrollTo(0, 0)");
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("the screenshot " + name + " was not saved", e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
