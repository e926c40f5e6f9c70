package se.webbgranskning.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.webbgranskning.app.snapshot.SafeSnapshotHtml;
import se.webbgranskning.app.snapshot.SnapshotPage;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.app.web.WebClient;

/** The review screen over HTTP, as a browser without JavaScript and as htmx use it. */
@Tag("database")
class ReviewHttpTest {

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
        assignment = world.assignment("http", DemoWorld.EKBACKA);
        client = app.loggedIn(assignment.reviewer().username());
    }

    @Test
    void myMunicipalitiesListOnlyMine() {
        Document page = Jsoup.parse(client.get("/mina-kommuner").body());

        assertThat(page.select("tbody tr")).singleElement().satisfies(row -> {
            assertThat(row.text()).contains("Ekbacka kommun", "9901", "Ej påbörjad", "0 av 31");
            assertThat(row.selectFirst("a").attr("href")).isEqualTo(base());
        });
    }

    @Test
    void theScreenListsTheSnapshotAndTheChecklist() {
        Document page = Jsoup.parse(client.get(base()).body());

        assertThat(page.select(".page-list li")).hasSizeGreaterThan(10);
        assertThat(page.select("li.item")).hasSize(31);
        assertThat(page.selectFirst("#fraga-A1 legend").text()).contains("A1");
        assertThat(page.select("#fraga-A1 input[name=poang]")).extracting(e -> e.attr("value"))
                .containsExactly("2", "1", "0");
        assertThat(page.text()).contains("Kortkommandon", "nästa / föregående fråga");
    }

    @Test
    void theSearchFiltersPagesByTheirText() {
        Document all = Jsoup.parse(client.get(base()).body());
        Document found = Jsoup.parse(client.get(base() + "?sok=avgift").body());

        assertThat(found.select(".page-list li").size()).isPositive().isLessThan(all.select(".page-list li").size());
        assertThat(Jsoup.parse(client.get(base() + "?sok=qwertyzzz").body()).select(".page-list li")).isEmpty();
    }

    @Test
    void aSelectedPageShowsItsArchivedCopyInASandboxAndItsText() {
        SnapshotPage shown = hemtjanstPage();
        Document page = Jsoup.parse(client.get(base() + "?sida=" + shown.pageId()).body());

        assertThat(page.selectFirst("iframe.archived").attr("sandbox")).isEqualTo("allow-top-navigation-by-user-activation");
        assertThat(page.selectFirst("#sidtext").text()).isNotBlank();
        HttpResponse<String> archived = client.get(base() + "/sida/" + shown.pageId() + "/innehall");
        assertThat(archived.statusCode()).isEqualTo(200);
        assertThat(archived.headers().firstValue("Content-Security-Policy"))
                .contains(SafeSnapshotHtml.CONTENT_SECURITY_POLICY + "; frame-ancestors 'self'");
        assertThat(archived.body()).doesNotContainIgnoringCase("<script").contains("ekbacka");
    }

    @Test
    void anHtmxSaveAnswersWithTheNewVersionAndAConflictWithWhatIsSaved() {
        HttpResponse<String> saved = client.postRaw(base() + "/svar/A1", form("2", "Bra", "0"), HTMX);

        assertThat(saved.statusCode()).isEqualTo(200);
        Document fragment = Jsoup.parse(saved.body());
        assertThat(fragment.selectFirst("#version-A1").attr("value")).isEqualTo("1");
        assertThat(fragment.selectFirst("#version-A1").attr("hx-swap-oob")).isEqualTo("true");
        assertThat(fragment.selectFirst("#antal-besvarade").text()).isEqualTo("1 av 31 besvarade");

        HttpResponse<String> stale = client.postRaw(base() + "/svar/A1", form("0", "Gammal flik", "0"), HTMX);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Någon annan sparade frågan", "Bra", "Spara mitt svar ändå");
        assertThat(world.services().reviews().open(assignment.reviewer(), assignment.reviewId()).answer("A1")
                .comment()).isEqualTo("Bra");
    }

    @Test
    void withoutJavaScriptASaveRedirectsBackToTheItem() {
        HttpResponse<String> saved = client.postRaw(base() + "/svar/A2", form("1", "", "0"), Map.of());

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).contains(base() + "#fraga-A2");
        Document page = Jsoup.parse(client.get(base()).body());
        assertThat(page.selectFirst("#fraga-A2 input[value=1]").hasAttr("checked")).isTrue();
    }

    @Test
    void invalidInputIsRefusedWithASwedishMessage() {
        HttpResponse<String> response = client.postRaw(base() + "/svar/A1", form("7", "", "0"), HTMX);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Poängen måste vara en av");
    }

    @Test
    void citedEvidenceLinksBackToThePassage() {
        SnapshotPage shown = hemtjanstPage();
        String text = world.services().snapshots().text(shown.pageId());
        String quote = text.strip().split("\n")[0].strip();

        HttpResponse<String> cited = client.postForm(base() + "/belagg", Map.of("sida", Long.toString(shown.pageId()),
                "fraga", "A3", "citat", quote, "position", "0"));

        assertThat(cited.statusCode()).isEqualTo(303);
        Document page = Jsoup.parse(client.get(base()).body());
        String link = page.selectFirst("#belagg-A3 blockquote a").attr("href");
        assertThat(page.selectFirst("#belagg-A3 blockquote").text()).isEqualTo(quote);
        Document followed = Jsoup.parse(client.get(link).body());
        assertThat(followed.selectFirst("#sidtext mark#citerat").text()).isEqualTo(quote);
    }

    @Test
    void aQuoteThatIsNotOnThePageIsRefused() {
        HttpResponse<String> response = client.postForm(base() + "/belagg", Map.of("sida",
                Long.toString(hemtjanstPage().pageId()), "fraga", "A3", "citat", "Står inte på sidan alls", "position", "0"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Citatet finns inte i sidans text");
    }

    @Test
    void submitAsksForConfirmationThenMakesTheReviewReadOnly() {
        world.services().reviews().open(assignment.reviewer(), assignment.reviewId()).checklist().items()
                .forEach(item -> client.postRaw(base() + "/svar/" + item.id(),
                        form(item.id().equals("A1") ? "2" : "0", "", "0"), HTMX));

        HttpResponse<String> asked = client.postForm(base() + "/skicka-in", Map.of());
        assertThat(asked.statusCode()).isEqualTo(422);
        assertThat(asked.body()).contains("har 1 eller 2 poäng men inget belägg", "Jag bekräftar");

        assertThat(client.postForm(base() + "/skicka-in", Map.of("bekraftat", "ja")).statusCode()).isEqualTo(303);
        Document after = Jsoup.parse(client.get(base()).body());
        assertThat(after.text()).contains("Granskningen är inskickad och kan bara läsas");
        assertThat(after.select("li.item fieldset[disabled]")).hasSize(31);
        assertThat(after.select(".submit-form, #citera")).isEmpty();
    }

    @Test
    void submittingAnIncompleteReviewNamesTheMissingItems() {
        HttpResponse<String> response = client.postForm(base() + "/skicka-in", Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("saknar poäng", "A1");
    }

    private String base() {
        return "/granskning/" + assignment.reviewId();
    }

    private Map<String, String> form(String score, String comment, String version) {
        return Map.of("_csrf", client.csrfToken(), "poang", score, "kommentar", comment, "version", version);
    }

    private static SnapshotPage hemtjanstPage() {
        return world.services().snapshots().pages(world.crawlRoundId(), DemoWorld.EKBACKA, "hemtjänst").stream()
                .filter(page -> page.isHtml() && page.textLength() > 200).findFirst().orElseThrow();
    }
}
