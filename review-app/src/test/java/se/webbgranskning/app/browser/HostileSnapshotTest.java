package se.webbgranskning.app.browser;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.app.snapshot.SafeSnapshotHtml;
import se.webbgranskning.app.snapshot.SnapshotPage;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.run.CrawlProgress;
import se.webbgranskning.crawl.run.CrawlRound;
import se.webbgranskning.crawl.run.RoundResult;
import se.webbgranskning.crawl.scope.ScopeRules;

/**
 * A crawled page that tries everything (scripts, event handlers, base, meta refresh, forms, frames, external
 * resources, javascript: links) is shown on the review screen in Chromium, and nothing of it runs or fetches:
 * the beacon it aims at hears nothing, and the app's window is untouched (DESIGN.md, "Showing crawled pages
 * safely"). The served snapshot is checked over HTTP as well.
 */
class HostileSnapshotTest {

    private static final String CODE = "9990";
    private static final String NAME = "Fientliga kommun";
    private static final String REVIEWER = "granskare";

    @TempDir
    static Path dataDirectory;
    @TempDir
    static Path profile;

    private static HostileSite site;
    private static TestApp app;
    private static long reviewId;
    private static long pageId;

    @BeforeAll
    static void crawlTheHostileSite() throws Exception {
        site = HostileSite.start();
        app = TestApp.start(dataDirectory);
        AppServices services = app.services();
        CrawlSettings settings = new CrawlSettings(10, 3, 5L * 1024 * 1024, Duration.ofSeconds(30),
                Duration.ofMillis(50), Duration.ofSeconds(5), CrawlSettings.DEFAULT_USER_AGENT, 1, true);
        RoundResult crawl = new CrawlRound(dataDirectory, services.pageIndex(), settings, ScopeRules.bundled(),
                HostileSite.resolver(), services.clock())
                .start(List.of(new SiteTarget(CODE, NAME, site.startUrl())), CrawlProgress.silent());

        User reviewer = app.account(REVIEWER, Role.REVIEWER).user();
        List<String> checklists = BundledChecklists.ids();
        ReviewRound round = services.reviewRounds().create("test", "Fientlig omgång", crawl.roundId(),
                checklists.get(checklists.size() - 1));
        services.reviewRounds().assign("test", round, CODE, reviewer);
        reviewId = services.reviews().assignedTo(reviewer).get(0).reviewId();
        String homeCareUrl = site.startUrl().resolve(HostileSite.HOME_CARE_PATH).toString();
        pageId = services.snapshots().pages(crawl.roundId(), CODE, "").stream()
                .filter(page -> page.url().equals(homeCareUrl) && page.archived() && page.isHtml())
                .map(SnapshotPage::pageId).findFirst()
                .orElseThrow(() -> new AssertionError("the crawl did not archive " + homeCareUrl));
        // The crawler never goes to the beacon (another port is another site), but count from here on anyway
        site.resetBeacon();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void hostilePageShownInTheBrowserNeitherRunsNorFetches() throws InterruptedException {
        Browser.assumeInstalled();
        try (Browser browser = Browser.start(profile)) {
            browser.logIn(app.baseUrl(), REVIEWER, TestApp.PASSWORD);
            String screenUrl = app.baseUrl() + "/granskning/" + reviewId + "?sida=" + pageId;
            browser.open(screenUrl);
            WebElement frame = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("iframe.archived")), "the archived page's frame");
            String title = browser.driver().getTitle();
            Thread.sleep(2000); // time for anything that got through to run, navigate or fetch

            assertThat(site.beaconRequests()).as("requests that reached the beacon").isEmpty();
            assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(screenUrl);
            assertThat(browser.driver().getTitle()).isEqualTo(title).startsWith(NAME)
                    .doesNotContain(HostileSite.HIJACKED_TITLE);
            assertNoHostileGlobals(browser);
            assertThat(browser.script("return document.activeElement === arguments[0];", frame))
                    .as("the snapshot's autofocus took the focus").isEqualTo(false);
            assertThat(frame.getAttribute("sandbox")).isEqualTo("allow-top-navigation-by-user-activation");
            // An opaque origin: the app cannot read the frame's document, so the frame cannot read the app's
            assertThat(browser.script("return arguments[0].contentDocument === null;", frame)).isEqualTo(true);

            browser.driver().switchTo().frame(frame);
            assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                    .as("the snapshot itself is shown").isEqualTo(HostileSite.HOME_CARE_TITLE);
            assertThat(browser.driver().findElements(By.cssSelector("script, iframe, object, base, link, form")))
                    .extracting(WebElement::getTagName).as("active elements left in the snapshot").isEmpty();
            // A click is a user activation, which the sandbox lets navigate the app: only to archived copies
            for (WebElement link : browser.driver().findElements(By.tagName("a"))) {
                link.click();
            }
            browser.driver().switchTo().defaultContent();
            Thread.sleep(500);
            assertThat(browser.driver().getCurrentUrl()).as("the app's address after clicks in the snapshot")
                    .isEqualTo(screenUrl);
            assertNoHostileGlobals(browser);
            assertThat(site.beaconRequests()).as("requests that reached the beacon").isEmpty();
        }
    }

    @Test
    void servedSnapshotCarriesTheSandboxPolicyAndNoActiveMarkup() {
        HttpResponse<String> response = app.loggedIn(REVIEWER)
                .get("/granskning/" + reviewId + "/sida/" + pageId + "/innehall");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).get(as(STRING))
                .startsWith(SafeSnapshotHtml.CONTENT_SECURITY_POLICY);
        String html = response.body().toLowerCase(Locale.ROOT);
        assertThat(html).contains(HostileSite.HOME_CARE_TITLE.toLowerCase(Locale.ROOT))
                .doesNotContain("<script", "onload=", "onerror=", "onclick=", "<base", "http-equiv", "<form",
                        "javascript:", "<iframe", "<object", "<link", "url(")
                .as("no address of the beacon is left in the snapshot")
                .doesNotContain(site.beaconOrigin());
        assertThat(site.beaconRequests()).isEmpty();
    }

    /** The hostile code sets these on window.top (the app's window) if it ever runs. */
    private static void assertNoHostileGlobals(Browser browser) {
        for (String global : HostileSite.HOSTILE_GLOBALS) {
            assertThat(browser.script("return typeof window[arguments[0]];", global)).as(global)
                    .isEqualTo("undefined");
        }
    }
}
