package se.webbgranskning.app.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;

/** The checklist with its tips, for anyone: no account needed. */
@Tag("database")
class PublicChecklistHttpTest {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.startOn(DemoWorld.get().services());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anyoneSeesEveryItemWithWhatGivesFullPointsAndItsTip() {
        Checklist checklist = BundledChecklists.load("delindex1-2026").orElseThrow();

        HttpResponse<String> response = app.anonymous().get("/checklistan?utgava=delindex1-2026");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("article.public-item")).hasSize(checklist.items().size());
        Item first = checklist.items().get(0);
        String shown = page.selectFirst("#punkt-" + first.id()).text();
        assertThat(shown).contains(first.question(), first.tip().why(), first.tip().goodPractice(),
                first.guidance().get(checklist.scale().maxValue()));
        assertThat(page.select("h2").eachText()).containsAll(checklist.areas().stream().map(a -> a.name()).toList());
        assertThat(page.select("nav a[href=/logga-ut], form[action=/logga-ut]")).isEmpty();
    }

    @Test
    void withoutAnEditionItShowsTheOneOfTheLatestRound() {
        String latest = DemoWorld.get().services().reviewRounds().rounds().get(0).checklistId();

        Document page = Jsoup.parse(app.anonymous().get("/checklistan").body());

        assertThat(page.selectFirst("#utgava-visad").text()).endsWith(latest);
        assertThat(page.select("article.public-item")).isNotEmpty();
    }

    @Test
    void anUnknownEditionIsNotFoundAndTheLoginPageLinksHere() {
        assertThat(app.anonymous().get("/checklistan?utgava=finns-inte").statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(app.anonymous().get("/logga-in").body()).select("a[href=/checklistan]")).hasSize(1);
    }
}
