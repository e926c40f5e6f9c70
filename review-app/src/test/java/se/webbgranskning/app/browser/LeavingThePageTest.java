package se.webbgranskning.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import se.webbgranskning.app.web.TestApp;

/**
 * A score typed just before a form that leaves the page (citing) is saved first: the autosave waits 0.8 s for
 * more typing, and leaving must not drop it.
 */
class LeavingThePageTest {

    @TempDir
    Path profile;

    private Browser browser;
    private SharedDemo demo;

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
    void aScoreGivenJustBeforeCitingIsSavedBeforeThePageIsLeft() {
        String reviewer = demo.reviewerWithOwnRound("lamnar-sidan");
        browser.logIn(demo.baseUrl(), reviewer, TestApp.PASSWORD);
        browser.driver().findElement(By.linkText(demo.site("norrvik").name())).click();
        browser.find(".page-list a").click();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("sidtext")), "the page text");
        String item = browser.findAll("li.item").get(2).getAttribute("data-item");
        String quote = ((String) browser.script("return document.getElementById('sidtext').textContent;"))
                .strip().split("\\s+")[0];

        browser.find("#fraga-" + item + " legend").click();
        new Actions(browser.driver()).sendKeys("2").perform();
        browser.script("document.getElementById('citat-text').value = arguments[0];"
                + " document.getElementById('citera').requestSubmit();", quote);

        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#belagg-" + item
                + " blockquote")), "the page after citing, with the citation under the item");
        assertThat(browser.find("#fraga-" + item + " input[name=poang][value='2']").isSelected())
                .as("the score given just before citing was saved").isTrue();
    }
}
