package se.webbgranskning.app.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.RoundWork;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core on the app's pages as the browser renders them (WCAG 2.1 A and AA; serious and critical findings
 * fail). The reviewer's pages are looked at as granskare2 on Norrvik, which no other test changes.
 */
class AccessibilityTest {

    private static SharedDemo demo;
    /** One browser for the class (starting one takes a second or two); each test starts logged out. */
    private static Browser browser;

    @TempDir
    static Path profile;

    /** Every page of a test is checked even when an earlier one fails, so one run lists all findings. */
    private final SoftAssertions softly = new SoftAssertions();

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Starts the demo and the browser with the first test, and logs out before every test. */
    @BeforeEach
    void prepare() throws Exception {
        Browser.assumeInstalled();
        if (browser == null) {
            demo = SharedDemo.get();
            browser = Browser.start(profile);
        }
        browser.open(demo.baseUrl() + "/logga-in");
        browser.driver().manage().deleteAllCookies();
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
        browser.find("#anvandarnamn").sendKeys("okand");
        browser.find("#losenord").sendKeys("fel lösenord");
        browser.find("form[action='/logga-in'] button[type=submit]").click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("inloggningsfel")), "the login error");
        assertAccessible("the login page after a failed login", 401);
        softly.assertAll();
    }

    /** Guards the check itself: a run that found nothing because axe never ran would look like a pass. */
    @Test
    void plantedViolationsAreReported() {
        browser.open(demo.baseUrl() + "/logga-in");
        browser.script("""
                document.querySelector('main').insertAdjacentHTML('beforeend',
                        '<img src="data:," id="utan-alt"><button id="utan-namn"></button>');
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
        browser.open(demo.baseUrl() + "/admin/checklistor");
        assertAccessible("the checklists page");
        browser.open(demo.baseUrl() + "/admin/genomsokningar");
        assertAccessible("the crawl rounds page");
        browser.open(demo.baseUrl() + "/admin/genomsokningar/" + demo.crawlRoundId());
        assertAccessible("a crawl round's page");
        softly.assertAll();
    }

    /**
     * The second-review and result pages on a round of their own: both municipalities drawn, one disagreement
     * each. The comparison page is checked with its decision forms, the rest after the round is published.
     */
    @Test
    void secondReviewAndResultPages() {
        RoundWork work = new RoundWork(demo.services(), demo.crawlRoundId(), "a11y");
        demo.services().secondReviews().draw("test", work.round, 100, 2, OptionalLong.of(7L),
                List.of(work.anna, work.bo));
        for (String code : List.of(DemoWorld.EKBACKA, DemoWorld.NORRVIK)) {
            work.cite(code, Review.FIRST, "A1");
            work.scoreAndSubmit(code, Review.FIRST, "2", Map.of("F3", "0"));
            work.scoreAndSubmit(code, Review.SECOND, "2", Map.of("F3", "1"));
        }
        String round = "/admin/omgangar/" + work.round.reviewRoundId();
        browser.logIn(demo.baseUrl(), "admin", demo.password("admin"));
        browser.open(demo.baseUrl() + "/jamforelse/" + work.round.reviewRoundId() + "/" + DemoWorld.EKBACKA);
        assertAccessible("the comparison page with a decision to make");
        browser.open(demo.baseUrl() + round + "/resultat");
        assertAccessible("the results page before all are final");
        for (String code : List.of(DemoWorld.EKBACKA, DemoWorld.NORRVIK)) {
            demo.services().adjudications().decide(work.admin, work.round, code, "F3", "1", "Delvis på teckenspråk");
        }
        demo.services().publication().publish(work.admin, work.current());
        browser.open(demo.baseUrl() + round + "/resultat");
        assertAccessible("the published results page");
        browser.open(demo.baseUrl() + round + "/diagram");
        assertAccessible("the charts page");
        browser.open(demo.baseUrl() + round + "/overensstammelse");
        assertAccessible("the agreement page");
        browser.open(demo.baseUrl() + "/rapport/" + work.round.reviewRoundId() + "/" + DemoWorld.EKBACKA);
        assertAccessible("a municipality's report");
        softly.assertAll();
    }

    @Test
    void municipalityHome() {
        browser.logIn(demo.baseUrl(), "kommun", demo.password("kommun"));
        browser.open(demo.baseUrl() + "/kommun");
        assertAccessible("the municipality's home page");
        browser.open(demo.baseUrl() + "/kommun/forhandsgranska");
        assertAccessible("the preview page before any preview");
        browser.find("form[action='/kommun/forhandsgranska'] button").click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.preview-item")),
                "the preview's report", Duration.ofSeconds(90));
        assertAccessible("the preview page with a report");
        softly.assertAll();
    }

    @Test
    void publicChecklist() {
        browser.open(demo.baseUrl() + "/checklistan");
        assertAccessible("the public checklist");
        softly.assertAll();
    }

    private void assertAccessible(String page) {
        assertAccessible(page, 200);
    }

    /** {@code status} guards against checking an error page in place of the page meant. */
    private void assertAccessible(String page, long status) {
        softly.assertThat(browser.script("return performance.getEntriesByType('navigation')[0].responseStatus;"))
                .as("HTTP status of " + page).isEqualTo(status);
        List<Axe.Violation> violations = Axe.blockingViolations(browser);
        softly.assertThat(violations).as(() -> Axe.describe(page + " (" + browser.driver().getCurrentUrl() + ")",
                violations)).isEmpty();
    }
}
