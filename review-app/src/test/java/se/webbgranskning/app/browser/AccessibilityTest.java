package se.webbgranskning.app.browser;

import java.nio.file.Path;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core on the app's pages as the browser renders them (WCAG 2.1 A and AA; serious and critical findings
 * fail). The reviewer's pages are looked at as granskare2 on Norrvik, which no other test changes.
 */
class AccessibilityTest {

    private static SharedDemo demo;

    @TempDir
    Path profile;

    private Browser browser;
    /** Every page of a test is checked even when an earlier one fails, so one run lists all findings. */
    private final SoftAssertions softly = new SoftAssertions();

    @BeforeAll
    static void prepareDemo() throws Exception {
        Browser.assumeInstalled();
        demo = SharedDemo.get();
    }

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(profile);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void loginPage() {
        browser.open(demo.baseUrl() + "/logga-in");
        assertAccessible("the login page");
        softly.assertAll();
    }

    @Test
    void loginPageWithAnError() {
        browser.open(demo.baseUrl() + "/logga-in");
        browser.find("#anvandarnamn").sendKeys("granskare2");
        browser.find("#losenord").sendKeys("fel lösenord");
        browser.find("form[action='/logga-in'] button[type=submit]").click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("inloggningsfel")), "the login error");
        assertAccessible("the login page after a failed login");
        softly.assertAll();
    }

    /** Guards the check itself: a run that found nothing because axe never ran would look like a pass. */
    @Test
    void plantedViolationsAreReported() {
        browser.open(demo.baseUrl() + "/logga-in");
        browser.script("""
                const main = document.querySelector('main');
                main.insertAdjacentHTML('beforeend', '<img src="data:," id="utan-alt"><button id="utan-namn"></button>');
                """);
        List<Axe.Violation> violations = Axe.blockingViolations(browser);
        softly.assertThat(violations).extracting(Axe.Violation::id).contains("image-alt", "button-name");
        softly.assertThat(violations).flatExtracting(Axe.Violation::targets).contains("\"#utan-alt\"");
        softly.assertAll();
    }

    @Test
    void reviewerPages() {
        browser.logIn(demo.baseUrl(), "granskare2", demo.password("granskare2"));
        browser.open(demo.baseUrl() + "/mina-kommuner");
        assertAccessible("Mina kommuner");

        browser.driver().findElement(By.linkText(demo.site("norrvik").name())).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".review-grid")),
                "the review screen");
        assertAccessible("the review screen without a page");

        browser.find(".page-list a").click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("sidtext")), "the selected page");
        assertAccessible("the review screen with a page selected");
        softly.assertAll();
    }

    @Test
    void adminPages() {
        browser.logIn(demo.baseUrl(), "admin", demo.password("admin"));
        browser.open(demo.baseUrl() + "/admin");
        assertAccessible("the admin overview");
        browser.open(demo.baseUrl() + "/admin/konton");
        assertAccessible("the accounts page");
        browser.open(demo.baseUrl() + "/admin/omgangar/" + demo.reviewRoundId());
        assertAccessible("the review round page");
        softly.assertAll();
    }

    private void assertAccessible(String page) {
        List<Axe.Violation> violations = Axe.blockingViolations(browser);
        softly.assertThat(violations).as(() -> Axe.describe(page + " (" + browser.driver().getCurrentUrl() + ")",
                violations)).isEmpty();
    }
}
