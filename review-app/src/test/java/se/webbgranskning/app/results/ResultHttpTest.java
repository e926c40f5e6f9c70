package se.webbgranskning.app.results;

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

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.RoundWork;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.app.web.WebClient;

@Tag("database")
class ResultHttpTest {

    private static TestApp app;
    private RoundWork work;
    private WebClient lead;
    private String roundPath;

    @BeforeAll
    static void start() {
        app = TestApp.startOn(DemoWorld.get().services());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void round() {
        work = new RoundWork("http-results");
        lead = app.loggedIn(work.admin.username());
        roundPath = "/admin/omgangar/" + work.round.reviewRoundId();
    }

    @Test
    void theLeadDrawsTheSampleFromTheRoundPageAndDecidesADisagreementOnTheComparisonPage() {
        Document before = Jsoup.parse(lead.get(roundPath).body());
        assertThat(before.select("#lotta-andel").attr("value")).isEqualTo("20");

        HttpResponse<String> drawn = lead.postForm(roundPath + "/lotta", Map.of("andel", "100", "minst", "1",
                "fro", "12345"));
        assertThat(drawn.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(drawn.body()).text()).contains("2 kommuner lottades").contains("frö 12345");
        assertThat(lead.postForm(roundPath + "/lotta", Map.of("andel", "abc", "minst", "1")).statusCode())
                .isEqualTo(400);

        // The draw may pick any active reviewer of the shared database; the lead moves the second review to Bo
        HttpResponse<String> moved = lead.postForm(roundPath + "/tilldela", Map.of("kommun", DemoWorld.EKBACKA,
                "granskning", Review.SECOND, "granskare", work.bo.username()));
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(work.reviewerOf(DemoWorld.EKBACKA, Review.SECOND)).isEqualTo(work.bo);
        assertThat(lead.postForm(roundPath + "/tilldela", Map.of("kommun", DemoWorld.EKBACKA,
                "granskning", Review.SECOND, "granskare", work.anna.username())).body())
                .contains("Samma person kan inte göra båda");
        work.scoreAndSubmit(DemoWorld.EKBACKA, "1");
        WebClient secondReviewer = app.loggedIn(work.bo.username());
        String secondReview = "/granskning/" + work.reviewId(DemoWorld.EKBACKA, Review.SECOND);
        String comparison = "/jamforelse/" + work.round.reviewRoundId() + "/" + DemoWorld.EKBACKA;
        Document blind = Jsoup.parse(secondReviewer.get(secondReview).body());
        assertThat(blind.text()).contains("Andra granskning (blind)");
        assertThat(blind.select("a[href=" + comparison + "]")).isEmpty();
        assertThat(secondReviewer.get(comparison).statusCode()).isEqualTo(404);
        work.scoreAndSubmit(DemoWorld.EKBACKA, Review.SECOND, "1", Map.of("C2", "2"));
        assertThat(Jsoup.parse(secondReviewer.get(secondReview).body()).select("a[href=" + comparison + "]"))
                .hasSize(1);
        assertThat(secondReviewer.get(comparison).statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(lead.get(comparison).body());
        assertThat(page.select("tr.disagreed")).extracting(row -> row.id()).containsExactly("punkt-C2");
        assertThat(page.select("form.decide-form")).hasSize(1);
        assertThat(page.select("a[href=#punkt-C2]")).hasSize(1);

        HttpResponse<String> decided = lead.postForm(comparison + "/avgor/C2", Map.of("poang", "2",
                "skal", "Maxtaxan anges i PDF-broschyren"));
        assertThat(decided.statusCode()).isEqualTo(303);
        Document after = Jsoup.parse(lead.get(comparison).body());
        assertThat(after.select("#punkt-C2").text()).contains("Avgjord").contains("Maxtaxan anges i PDF-broschyren");
        assertThat(after.text()).contains("Slutlig");

        Document agreement = Jsoup.parse(lead.get(roundPath + "/overensstammelse").body());
        assertThat(agreement.text()).contains("Bygger på 1 kommuner");
        assertThat(agreement.select("table.agreement").first().select("tbody tr")).hasSize(1);
        assertThat(agreement.select("table.agreement").get(1).select("tbody th").first().text()).isEqualTo("C2");
    }

    @Test
    void aReviewerGetsNeitherResultsNorExportsNorAnotherReviewersComparison() {
        WebClient reviewer = app.loggedIn(work.anna.username());

        assertThat(reviewer.get(roundPath + "/resultat").statusCode()).isIn(403, 404);
        assertThat(reviewer.get(roundPath + "/export/resultat.csv").statusCode()).isIn(403, 404);
        assertThat(reviewer.get("/jamforelse/" + work.round.reviewRoundId() + "/" + DemoWorld.EKBACKA).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aMunicipalitySeesItsOwnReportOnlyAfterPublicationAndNeverAnothers() {
        work.scoreAndSubmit(DemoWorld.EKBACKA, Review.FIRST, "2", Map.of("F3", "0"));
        work.scoreAndSubmit(DemoWorld.NORRVIK, "1");
        User ekbacka = work.account("ekbacka-staff", Role.MUNICIPALITY, DemoWorld.EKBACKA);
        WebClient municipality = app.loggedIn(ekbacka.username());
        String own = "/rapport/" + work.round.reviewRoundId() + "/" + DemoWorld.EKBACKA;
        String other = "/rapport/" + work.round.reviewRoundId() + "/" + DemoWorld.NORRVIK;

        assertThat(municipality.get(own).statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(municipality.get("/kommun").body()).select("a[href=" + own + "]")).isEmpty();

        assertThat(lead.postForm(roundPath + "/publicera", Map.of()).statusCode()).isEqualTo(303);

        HttpResponse<String> report = municipality.get(own);
        assertThat(report.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(report.body());
        assertThat(page.select(".big-number").text()).isEqualTo(
                work.services.roundResults().of(work.current()).entry(DemoWorld.EKBACKA).orElseThrow()
                        .result().displayScore().toPlainString().replace('.', ','));
        assertThat(page.text()).contains("Rang 1 av 2");
        assertThat(page.select("#punkt-F3 .tip")).hasSize(1);
        assertThat(page.select("#punkt-A1 .tip")).isEmpty();
        assertThat(municipality.get(other).statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(municipality.get("/kommun").body()).select("a[href=" + own + "]")).hasSize(1);
    }

    @Test
    void theLeadDownloadsTheExportAsASpreadsheetFile() {
        work.scoreAndSubmit(DemoWorld.EKBACKA, "1");

        HttpResponse<String> csv = lead.get(roundPath + "/export/resultat.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("omgang-" + work.round.reviewRoundId() + "-resultat.csv");
        assertThat(csv.body()).startsWith("\uFEFFkommunkod;").contains(DemoWorld.EKBACKA + ";");
        assertThat(lead.get(roundPath + "/export/annat.txt").statusCode()).isEqualTo(404);
        HttpResponse<String> page = lead.get(roundPath + "/resultat");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Document results = Jsoup.parse(page.body());
        assertThat(results.select("table.results tbody tr")).hasSize(1);
        assertThat(results.text()).contains("Granskning pågår");
        assertThat(lead.get(roundPath + "/resultat?lan=Inget+län&sortera=namn").statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(lead.get(roundPath + "/resultat?lan=Inget+län").body())
                .select("table.results tbody tr")).isEmpty();
    }
}
