package se.webbgranskning.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.RoundWork;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.app.web.WebClient;

/** The charts page over real HTTP. */
@Tag("database")
class ChartHttpTest {

    private static TestApp app;
    private RoundWork work;
    private WebClient lead;
    private String chartsPath;

    @BeforeAll
    static void start() {
        app = TestApp.startOn(DemoWorld.get().services());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static WebClient loggedIn(String username) {
        return app.loggedIn(username);
    }

    @BeforeEach
    void round() {
        work = new RoundWork("http-charts");
        lead = loggedIn(work.admin.username());
        chartsPath = "/admin/omgangar/" + work.round.reviewRoundId() + "/diagram";
    }

    @Test
    void theLeadSeesTheDistributionAsAChartAndTheSameCountsAsATable() {
        work.scoreAndSubmit(DemoWorld.EKBACKA, "2");
        work.scoreAndSubmit(DemoWorld.NORRVIK, Review.FIRST, "1", Map.of("C2", "0"));

        HttpResponse<String> response = lead.get(chartsPath);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo(work.round.name() + ": diagram");
        assertThat(page.select("a[href=/admin/omgangar/" + work.round.reviewRoundId() + "/resultat]")).hasSize(1);
        Element svg = page.selectFirst("svg[role=img]");
        assertThat(svg).isNotNull();
        assertThat(page.getElementById(svg.attr("aria-labelledby")).tagName()).isEqualTo("title");
        assertThat(page.getElementById(svg.attr("aria-describedby")).text()).contains("Medelvärde 74,0")
                .contains("median 74,0");
        List<String> drawnCounts = svg.select("text.chart-count").eachText();
        List<String> tableCounts = page.select("#fordelning-tabell tbody td:eq(1)").eachText();
        assertThat(drawnCounts).containsExactly("0", "0", "0", "0", "1", "0", "0", "0", "0", "1");
        assertThat(tableCounts).isEqualTo(drawnCounts);
        assertThat(page.select("#fordelning-tabell tbody tr:eq(4) th").text()).isEqualTo("40 till under 50");
        assertThat(page.select("#fordelning-tabell tbody tr:eq(9) th").text()).isEqualTo("90 till och med 100");
    }

    @Test
    void theHeatMapPrintsEveryShareAndNamesTheItemsMostOftenMissing() {
        work.scoreAndSubmit(DemoWorld.EKBACKA, "2");
        work.scoreAndSubmit(DemoWorld.NORRVIK, Review.FIRST, "1", Map.of("C2", "0"));

        Document page = Jsoup.parse(lead.get(chartsPath).body());

        // The demo municipalities are not in the registry, so their size is unknown.
        assertThat(page.select("table.heatmap thead th").eachText()).last().asString().startsWith("Alla");
        assertThat(page.select("table.heatmap thead th").eachText()).anyMatch(text -> text.startsWith("Okänd storlek"));
        Element c2 = page.select("table.heatmap tbody tr").stream()
                .filter(row -> row.select("th .item-id").text().equals("C2")).findFirst().orElseThrow();
        assertThat(c2.select("td").last().text()).isEqualTo("50,0 % 1 av 2");
        assertThat(c2.select("td").last().hasClass("heat-2")).isTrue();
        assertThat(c2.select("td").first().text()).isEqualTo("–");
        assertThat(page.select("ol.top-missing li")).hasSize(1);
        assertThat(page.select("ol.top-missing li").text()).startsWith("C2").contains("1 av 2 kommuner");
    }

    @Test
    void aRoundWithoutFinalResultsSaysSoInsteadOfDrawing() {
        HttpResponse<String> response = lead.get(chartsPath);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("svg")).isEmpty();
        assertThat(page.select("p.notice").text()).contains("Ingen kommun har slutliga resultat");
    }

    @Test
    void aReviewerIsRefusedAndAnUnknownRoundIsNotFound() {
        WebClient reviewer = loggedIn(work.anna.username());

        assertThat(reviewer.get(chartsPath).statusCode()).isEqualTo(403);
        assertThat(lead.get("/admin/omgangar/999999/diagram").statusCode()).isEqualTo(404);
        assertThat(app.anonymous().get(chartsPath).statusCode())
                .isEqualTo(303);
    }
}
