package se.webbgranskning.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.snapshot.SafeSnapshotHtml;
import se.webbgranskning.app.snapshot.SnapshotPage;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.RoundWork;
import se.webbgranskning.app.web.TestApp;
import se.webbgranskning.app.web.WebClient;

/** The municipality's report after publication: good examples from others, and its evidence bundle. */
@Tag("database")
class ReportHttpTest {

    private static TestApp app;
    private RoundWork work;
    private SnapshotPage norrvikExample;
    private WebClient municipality;
    private String report;

    @BeforeAll
    static void start() {
        app = TestApp.startOn(DemoWorld.get().services());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void publishedRound() {
        work = new RoundWork("report");
        work.cite(DemoWorld.EKBACKA, Review.FIRST, "A1");
        work.scoreAndSubmit(DemoWorld.EKBACKA, Review.FIRST, "2", Map.of("A2", "0"));
        norrvikExample = work.cite(DemoWorld.NORRVIK, Review.FIRST, "A2");
        work.scoreAndSubmit(DemoWorld.NORRVIK, "2");
        User staff = work.account("report-ekbacka", Role.MUNICIPALITY, DemoWorld.EKBACKA);
        municipality = app.loggedIn(staff.username());
        report = "/rapport/" + work.round.reviewRoundId() + "/" + DemoWorld.EKBACKA;
    }

    @Test
    void aMissedItemOffersAnotherMunicipalitysFullPointsPageWhichOpensFromTheArchive() {
        String example = "/rapport/" + work.round.reviewRoundId() + "/exempel/" + norrvikExample.pageId();
        assertThat(municipality.get(example).statusCode()).isEqualTo(404);
        publish();

        Document page = Jsoup.parse(municipality.get(report).body());

        Element link = page.selectFirst("#punkt-A2 .examples a");
        assertThat(link.attr("href")).isEqualTo(example);
        assertThat(link.text()).startsWith("Norrvik");
        assertThat(page.select("#punkt-A1 .examples")).isEmpty();
        HttpResponse<String> archived = municipality.get(example);
        assertThat(archived.statusCode()).isEqualTo(200);
        assertThat(archived.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith(SafeSnapshotHtml.CONTENT_SECURITY_POLICY);
        assertThat(archived.body()).doesNotContainIgnoringCase("<script");
        SnapshotPage notCited = work.services.snapshots().pages(work.round.crawlRoundId(), DemoWorld.NORRVIK, "")
                .stream().filter(p -> p.archived() && p.pageId() != norrvikExample.pageId()).findFirst().orElseThrow();
        assertThat(municipality.get("/rapport/" + work.round.reviewRoundId() + "/exempel/" + notCited.pageId())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void theEvidenceBundleHoldsTheSnapshotAsWaczAndTheReportAsHtml() throws IOException {
        assertThat(bytes(report + "/bevispaket.zip").statusCode()).isEqualTo(404);
        publish();

        HttpResponse<byte[]> bundle = bytes(report + "/bevispaket.zip");

        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Disposition").orElseThrow())
                .contains(EvidenceBundles.fileName(work.round, DemoWorld.EKBACKA));
        Map<String, byte[]> entries = unzip(new ByteArrayInputStream(bundle.body()));
        assertThat(entries).containsOnlyKeys(DemoWorld.EKBACKA + "-ogonblicksbild.wacz",
                DemoWorld.EKBACKA + "-rapport.html");
        Document html = Jsoup.parse(new String(entries.get(DemoWorld.EKBACKA + "-rapport.html"), StandardCharsets.UTF_8));
        assertThat(html.select("style").html()).contains(".report-item");
        assertThat(html.select("script")).isEmpty();
        assertThat(html.selectFirst("#punkt-A2 .examples").text()).contains(norrvikExample.url());
        Map<String, byte[]> wacz = unzip(new ByteArrayInputStream(entries.get(DemoWorld.EKBACKA + "-ogonblicksbild.wacz")));
        assertThat(wacz).containsKeys("archive/data.warc.gz", "indexes/index.cdxj", "pages/pages.jsonl",
                "datapackage.json", "datapackage-digest.json");
        String pages = new String(wacz.get("pages/pages.jsonl"), StandardCharsets.UTF_8);
        String citedUrl = work.reviews().open(work.anna, work.reviewId(DemoWorld.EKBACKA, Review.FIRST)).evidence()
                .get(0).pageUrl();
        assertThat(pages.lines().skip(1).findFirst().orElseThrow()).contains(citedUrl);
        assertThat(bytes("/rapport/" + work.round.reviewRoundId() + "/" + DemoWorld.NORRVIK + "/bevispaket.zip")
                .statusCode()).isEqualTo(404);
    }

    private void publish() {
        work.services.publication().publish(work.admin, work.current());
    }

    private HttpResponse<byte[]> bytes(String path) {
        return municipality.getBytes(path);
    }

    private static Map<String, byte[]> unzip(InputStream in) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
