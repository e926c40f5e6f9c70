package se.webbgranskning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A reviewer's whole job in a real browser: open a municipality, read a home-care page, cite a passage by
 * selecting it, score every item with the keyboard, wait for the autosaves, submit (confirming the scores that
 * lack evidence) and find the review read-only. The page script (app.js) and htmx run as they do for users.
 */
class ReviewInBrowserTest {

    private static final String REVIEWER = "granskare1";

    private SharedDemo demo;

    @TempDir
    Path profile;

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        Browser.assumeInstalled();
        demo = SharedDemo.get();
        browser = Browser.start(profile);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void reviewerCitesScoresAndSubmitsEkbacka() {
        browser.logIn(demo.baseUrl(), REVIEWER, demo.password(REVIEWER));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/mina-kommuner");

        browser.driver().findElement(By.linkText(demo.site("ekbacka").name())).click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".review-grid")),
                "the review screen");
        openHomeCarePage();

        String firstItem = browser.findAll("li.item").get(0).getAttribute("data-item");
        String quote = selectPassageInPageText();
        new Select(browser.find("#citat-fraga")).selectByValue(firstItem);
        browser.find("#citera button[type=submit]").click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#belagg-" + firstItem + " blockquote")), "the citation under " + firstItem);
        assertThat(browser.find("#belagg-" + firstItem + " blockquote").getText()).isEqualTo(quote);
        // The citation leads back to the passage, marked where it was selected
        browser.find("#belagg-" + firstItem + " blockquote a").click();
        assertThat(browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("citerat")),
                "the cited passage").getText()).isEqualTo(quote);

        List<String> items = scoreEveryItemWithTheKeyboard();
        for (String item : items) {
            browser.waitUntil(ExpectedConditions.textToBe(By.id("sparat-" + item), "Sparat"),
                    "the autosave of " + item);
        }
        assertThat(browser.find("#antal-besvarade").getText()).isEqualTo(items.size() + " av " + items.size()
                + " besvarade");

        browser.find(".submit-form button[type=submit]").click();
        // Items scored 1 have no evidence: the server asks for a confirmation first (422)
        WebElement confirm = browser.waitUntil(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".submit-form input[name=bekraftat]")), "the confirmation checkbox");
        confirm.click();
        browser.find(".submit-form button[type=submit]").click();

        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".review-head .notice"),
                "Granskningen är inskickad"), "the submitted notice");
        assertThat(browser.findAll(".submit-form")).isEmpty();
        assertThat(browser.script("return document.querySelectorAll('input[name=poang]:enabled').length;"))
                .isEqualTo(0L);
        assertThat(browser.findAll("input[name=poang]:checked")).hasSize(items.size());
        assertThat(browser.findAll("#citera")).as("no citing on a submitted review").isEmpty();

        List<String> severe = browser.severeConsoleEntries();
        assertThat(severe).filteredOn(message -> !expectedConfirmationStatus(message))
                .as("errors in the browser console").isEmpty();
        // The one expected entry shows that the console is really being read
        assertThat(severe).anyMatch(ReviewInBrowserTest::expectedConfirmationStatus);
    }

    /** The server answers the first submit with 422 (confirmation needed); Chrome logs that status. */
    private static boolean expectedConfirmationStatus(String message) {
        return message.contains("/skicka-in") && message.contains("status of 422");
    }

    private void openHomeCarePage() {
        WebElement page = browser.findAll(".page-list a").stream()
                .filter(link -> link.getText().toLowerCase(Locale.ROOT).contains("hemtjänst"))
                .findFirst().orElseThrow(() -> new AssertionError("no page about hemtjänst in the page list"));
        String href = page.getAttribute("href");
        page.click();
        browser.waitUntil(ExpectedConditions.urlToBe(href), "the selected page");
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("sidtext")), "the page text");
        assertThat(browser.find(".page-list li.selected a").getAttribute("href")).isEqualTo(href);
    }

    /**
     * Selects a sentence of the page text as a reviewer does with the mouse: a range selection and the mouseup
     * that ends the drag, which app.js answers by filling the citation form.
     */
    private String selectPassageInPageText() {
        String selected = (String) browser.script("""
                const text = document.getElementById('sidtext');
                const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
                let node;
                while ((node = walker.nextNode()) && !/hemtjänst/i.test(node.data)) {}
                const start = node.data.search(/hemtjänst/i);
                const lineEnd = node.data.indexOf('\\n', start);
                const end = Math.min(lineEnd < 0 ? node.data.length : lineEnd, start + 80);
                const range = document.createRange();
                range.setStart(node, start);
                range.setEnd(node, end);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                text.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                return selection.toString().trim();
                """);
        assertThat(selected).containsIgnoringCase("hemtjänst");
        assertThat(browser.find("#citat-text").getAttribute("value")).isEqualTo(selected);
        long position = Long.parseLong(browser.find("#citat-position").getAttribute("value"));
        String pageText = (String) browser.script("return document.getElementById('sidtext').textContent;");
        assertThat(pageText.substring((int) position)).startsWith(selected);
        return selected;
    }

    /**
     * j/k move between items, 0/1/2 score the current one (app.js). The first item, which has the citation, gets
     * 2, the second 1 (no evidence, so submitting asks for a confirmation), the rest 0.
     */
    private List<String> scoreEveryItemWithTheKeyboard() {
        List<String> items = browser.findAll("li.item").stream().map(item -> item.getAttribute("data-item")).toList();
        // Clicking an item makes it the current one (and moves the focus out of the citation form, where keys type)
        browser.find("#fraga-" + items.get(0) + " legend").click();
        for (int index = 0; index < items.size(); index++) {
            WebElement current = browser.find("li.item.current");
            assertThat(current.getAttribute("data-item")).isEqualTo(items.get(index));
            String key = index == 0 ? "2" : index == 1 ? "1" : "0";
            new Actions(browser.driver()).sendKeys(key).sendKeys("j").perform();
            assertThat(browser.find("#fraga-" + items.get(index) + " input[name=poang][value='" + key + "']")
                    .isSelected()).as("item %s scored %s", items.get(index), key).isTrue();
        }
        return items;
    }
}
