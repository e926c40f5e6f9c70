package se.webbgranskning.app.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are given to Selenium explicitly,
 * so Selenium Manager never runs (it would download a driver and send usage statistics). The browser resolves no
 * host name and uses no proxy, and its background services are off: it connects only to the addresses the tests'
 * pages name, which are all 127.0.0.1.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String MISSING = "Browser test skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing"
            + " (apt-get install chromium chromium-driver; .ci/run installs them)";
    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);

    private final ChromeDriver driver;
    /** Console entries read so far; chromedriver hands each entry out once. */
    private final List<LogEntry> console = new ArrayList<>();

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Skips the calling test, with the reason, on a machine without Debian's chromium and chromium-driver. Call it
     * per test (@BeforeEach): Surefire reports a skip in @BeforeAll as no tests at all, without the reason.
     */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            LOG.warn(MISSING);
        }
        assumeTrue(installed, MISSING);
    }

    /** A fresh browser whose profile lives in {@code profileDirectory} (give it a @TempDir). */
    static Browser start(Path profileDirectory) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--no-default-browser-check", "--no-proxy-server",
                // No host name resolves: nothing reaches DNS, and a stray name fails instead of leaving the machine
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--window-size=1280,1000", "--lang=sv-SE",
                "--user-data-dir=" + profileDirectory.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return new Browser(driver);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Logs in through the login form, as a person does; ends on the role's home page. */
    void logIn(String baseUrl, String username, String password) {
        driver.manage().deleteAllCookies();
        open(baseUrl + "/logga-in");
        driver.findElement(By.id("anvandarnamn")).sendKeys(username);
        driver.findElement(By.id("losenord")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/logga-in'] button[type=submit]")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/logga-in"), "login as " + username + " to leave /logga-in");
    }

    WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    <T> T waitUntil(ExpectedCondition<T> condition, String what) {
        return waitUntil(condition, what, Duration.ofSeconds(10));
    }

    <T> T waitUntil(ExpectedCondition<T> condition, String what, Duration atMost) {
        return new WebDriverWait(driver, atMost).withMessage("waiting for " + what).until(condition);
    }

    /** Every console message of level SEVERE (script errors, failed loads) since the browser started. */
    List<String> severeConsoleEntries() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
        return console.stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
