package se.webbgranskning.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.precheck.ItemPrecision;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.app.web.WebClient;

/** The pre-check's suggestions beside each item of the review screen: shown, used as evidence, dismissed, counted. */
@Tag("database")
class ReviewSuggestionsHttpTest {

    private static final Map<String, String> HTMX = Map.of("HX-Request", "true");

    private static DemoWorld world;
    private static TestApp app;
    private DemoWorld.Assignment assignment;
    private WebClient client;

    @BeforeAll
    static void start() {
        world = DemoWorld.get();
        app = TestApp.startOn(world.services());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void logIn() {
        assignment = world.assignment("forslag", DemoWorld.EKBACKA);
        client = app.loggedIn(assignment.reviewer().username());
    }

    @Test
    void everyItemHasASuggestionBesideItAndNoScoreIsFilledIn() {
        Document page = screen("");

        assertThat(page.select("li.item")).hasSize(31);
        assertThat(page.select("li.item details.suggestion")).hasSize(31);
        assertThat(page.select("li.item input[name=poang][checked]")).isEmpty();
        assertThat(page.select("details.suggestion summary").eachText())
                .allMatch(text -> text.matches("Förkontrollen: (troligen uppfyllt|delvis|hittades inte) \\(säkerhet \\d+ %\\)"));
        assertThat(page.select("details.suggestion-present")).as("Ekbacka's site has most items").hasSizeGreaterThan(10);
        assertThat(page.select("details.suggestion").first().text()).contains("inte en poäng", "Regler som slog till");
    }

    @Test
    void showInTheTextMarksThePassageOnItsPage() {
        Element passage = firstPassage(screen(""));
        String link = passage.selectFirst("a:contains(Visa i texten)").attr("href");

        Document shown = screen(link.substring(link.indexOf('?')));

        Element mark = shown.selectFirst("#sidtext mark#citerat");
        assertThat(mark).isNotNull();
        assertThat(mark.hasClass("suggested")).isTrue();
        assertThat(mark.text()).isEqualTo(passage.selectFirst("blockquote").text());
        assertThat(mark.attr("title")).startsWith("Förkontrollen, ");
        String itemId = link.replaceAll(".*forslag=([^&]+).*", "$1");
        assertThat(shown.selectFirst("#citat-fraga option[selected]").val()).as("the citation form starts on the item")
                .isEqualTo(itemId);
    }

    @Test
    void usingAPassageCitesItWithOneActionAndRecordsTheDecision() {
        Element item = itemWithPassages(screen(""));
        String itemId = item.attr("data-item");
        Element passage = item.selectFirst(".suggestion-passages li");
        String quote = passage.selectFirst("blockquote").text();

        HttpResponse<String> used = client.postRaw(action(passage, "anvand"), fields(passage), HTMX);

        assertThat(used.statusCode()).isEqualTo(200);
        Document fragment = Jsoup.parse(used.body());
        assertThat(fragment.selectFirst("#belagg-" + itemId).attr("hx-swap-oob")).isEqualTo("true");
        assertThat(fragment.select("#belagg-" + itemId + " blockquote").eachText()).contains(quote);
        assertThat(fragment.text()).contains("Stycket är använt som belägg.");
        Workspace workspace = world.services().reviews().open(assignment.reviewer(), assignment.reviewId());
        assertThat(workspace.evidenceFor(itemId)).extracting(Evidence::quote).contains(quote);
        assertThat(workspace.answer(itemId).scored()).as("using a passage never scores the item").isFalse();
        assertThat(screen("").select("#forslag-" + itemId + " li.decided-accepted")).hasSize(1);
        assertThat(precision(itemId)).isEqualTo(new ItemPrecision(itemId, 1, 0));
    }

    @Test
    void dismissingAPassageRecordsItWithoutEvidenceAndTheAgreementPageCountsIt() {
        Element item = itemWithPassages(screen(""));
        String itemId = item.attr("data-item");
        Element passage = item.selectFirst(".suggestion-passages li");

        HttpResponse<String> dismissed = client.postForm(action(passage, "avvisa"), fields(passage));

        assertThat(dismissed.statusCode()).isEqualTo(303);
        assertThat(dismissed.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("#fraga-" + itemId));
        assertThat(world.services().reviews().open(assignment.reviewer(), assignment.reviewId())
                .evidenceFor(itemId)).isEmpty();
        assertThat(screen("").select("#forslag-" + itemId + " li.decided-dismissed")).hasSize(1);
        assertThat(precision(itemId)).isEqualTo(new ItemPrecision(itemId, 0, 1));

        User admin = world.account("forslag-admin", Role.ADMIN, null);
        Document agreement = Jsoup.parse(app.loggedIn(admin.username())
                .get("/admin/omgangar/" + assignment.round().reviewRoundId() + "/overensstammelse").body());
        assertThat(agreement.select("#forkontroll ~ table tbody tr").eachText())
                .containsExactly(itemId + " 0 1 0,0 %");
    }

    @Test
    void onlyTheReviewerMayDecideAndOnlyOnPassagesThePrecheckSuggested() {
        Element passage = itemWithPassages(screen("")).selectFirst(".suggestion-passages li");
        Map<String, String> fields = fields(passage);

        WebClient other = app.loggedIn(world.account("forslag-annan", Role.REVIEWER, null).username());
        other.get("/mina-kommuner");
        assertThat(other.postForm(action(passage, "anvand"), fields).statusCode()).isIn(400, 403, 404);

        Map<String, String> moved = new java.util.HashMap<>(fields);
        moved.put("start", Integer.toString(Integer.parseInt(fields.get("start")) + 1));
        HttpResponse<String> notSuggested = client.postForm(action(passage, "anvand"), moved);
        assertThat(notSuggested.statusCode()).isEqualTo(404);
        assertThat(notSuggested.body()).contains("Förkontrollen föreslår inte det stycket");
        assertThat(world.services().reviews().open(assignment.reviewer(), assignment.reviewId()).evidence()).isEmpty();
    }

    private Document screen(String query) {
        return Jsoup.parse(client.get("/granskning/" + assignment.reviewId() + query).body());
    }

    private static Element firstPassage(Document page) {
        return itemWithPassages(page).selectFirst(".suggestion-passages li");
    }

    private static Element itemWithPassages(Document page) {
        return page.select("li.item").stream().filter(item -> !item.select(".suggestion-passages li form").isEmpty())
                .findFirst().orElseThrow();
    }

    private static String action(Element passage, String verb) {
        return passage.select("form").stream().map(form -> form.attr("action")).filter(a -> a.endsWith("/" + verb))
                .findFirst().orElseThrow();
    }

    private Map<String, String> fields(Element passage) {
        Element form = passage.selectFirst("form");
        return Map.of("_csrf", client.csrfToken(), "sida", form.selectFirst("input[name=sida]").val(),
                "start", form.selectFirst("input[name=start]").val());
    }

    private ItemPrecision precision(String itemId) {
        List<ItemPrecision> all = world.services().precheckFeedback().precisionOf(assignment.round().reviewRoundId(),
                world.services().reviews().open(assignment.reviewer(), assignment.reviewId()).checklist());
        return all.stream().filter(p -> p.itemId().equals(itemId)).findFirst().orElseThrow();
    }
}
