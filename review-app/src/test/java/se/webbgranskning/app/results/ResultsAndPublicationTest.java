package se.webbgranskning.app.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.webbgranskning.app.UserError;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.RoundWork;
import se.webbgranskning.scoring.MunicipalityRanking;

@Tag("database")
class ResultsAndPublicationTest {

    private RoundWork work;

    @BeforeEach
    void round() {
        work = new RoundWork("results");
    }

    @Test
    void aMunicipalityWithoutFinalScoresIsListedAsSuchAndNeverRanked() {
        work.scoreAndSubmit(DemoWorld.EKBACKA, "2");

        RoundResults.Results results = results();

        assertThat(results.table().entries()).singleElement().satisfies(entry -> {
            assertThat(entry.municipality().code()).isEqualTo(DemoWorld.EKBACKA);
            assertThat(entry.rank()).isEqualTo(1);
            assertThat(entry.result().displayScore()).isEqualByComparingTo("100.0");
        });
        assertThat(results.notFinal()).extracting(MunicipalityOutcome::kommunkod).containsExactly(DemoWorld.NORRVIK);
        assertThat(results.notFinal().get(0).state()).isEqualTo(OutcomeState.IN_REVIEW);
        assertThat(results.allFinal()).isFalse();
    }

    @Test
    void equalScoresShareARankAndAHigherScoreRanksFirst() {
        work.scoreAndSubmit(DemoWorld.EKBACKA, "1");
        work.scoreAndSubmit(DemoWorld.NORRVIK, "1");
        assertThat(results().table().entries()).extracting(MunicipalityRanking.RankedEntry::rank).containsExactly(1, 1);

        ranksAfterReopening(DemoWorld.NORRVIK, Map.of("A1", "2"));

        assertThat(results().table().entries())
                .extracting(entry -> entry.municipality().code() + ":" + entry.rank())
                .containsExactly(DemoWorld.NORRVIK + ":1", DemoWorld.EKBACKA + ":2");
    }

    @Test
    void onlyCompleteResultsArePublishedAndPublishedResultsCannotChangeUntilWithdrawn() {
        work.scoreAndSubmit(DemoWorld.EKBACKA, "1");
        assertThatThrownBy(() -> publication().publish(work.admin, work.current())).isInstanceOf(UserError.class)
                .hasMessageContaining("1 kommuner har inget slutligt resultat");
        work.scoreAndSubmit(DemoWorld.NORRVIK, "2");

        publication().publish(work.admin, work.current());

        assertThat(work.current().published()).isTrue();
        long review = work.reviewId(DemoWorld.EKBACKA, Review.FIRST);
        assertThatThrownBy(() -> work.reviews().reopen(work.admin, review, "Fel poäng")).isInstanceOf(UserError.class)
                .hasMessageContaining("publicerade");
        assertThatThrownBy(() -> publication().withdraw(work.admin, work.current(), ""))
                .isInstanceOf(UserError.class);
        publication().withdraw(work.admin, work.current(), "Kommunen har begärt omprövning");
        work.reviews().reopen(work.admin, review, "Kommunen har begärt omprövning");
        assertThat(results().notFinal()).extracting(MunicipalityOutcome::kommunkod).containsExactly(DemoWorld.EKBACKA);
        assertThat(work.services.audit().forSubject("omgång " + work.round.reviewRoundId()))
                .extracting(entry -> entry.action())
                .containsSubsequence("resultat publicerade", "publicering tillbakadragen");
    }

    @Test
    void theExportFilesReadBackToTheResults() throws IOException {
        work.scoreAndSubmit(DemoWorld.EKBACKA, Review.FIRST, "1", Map.of("A1", "2"));
        work.scoreAndSubmit(DemoWorld.NORRVIK, "2");
        RoundResults.Results results = results();
        int items = results.checklist().items().size();

        CSVParser parsed = csv(RoundExport.resultsCsv(results));
        assertThat(parsed.getHeaderNames()).startsWith("kommunkod", "kommun").endsWith("checklista", "omgang");
        List<CSVRecord> rows = parsed.getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("kommunkod")).isEqualTo(DemoWorld.NORRVIK);
        assertThat(rows.get(0).get("delindex1")).isEqualTo("100,0");
        assertThat(rows.get(1).get("rang")).isEqualTo("2");
        assertThat(rows.get(1).get("omgang")).isEqualTo(work.round.name());

        List<CSVRecord> itemRows = csv(RoundExport.itemsCsv(results)).getRecords();
        assertThat(itemRows).hasSize(2 * items);
        assertThat(itemRows).filteredOn(row -> row.get("kommunkod").equals(DemoWorld.EKBACKA)
                        && row.get("punkt").equals("A1"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("poang")).isEqualTo("2");
                    assertThat(row.get("kalla")).isEqualTo("single");
                });

        JsonNode json = new ObjectMapper().readTree(RoundExport.resultsJson(results));
        assertThat(json.get("round").get("name").asText()).isEqualTo(work.round.name());
        assertThat(json.get("results")).hasSize(2);
        assertThat(json.get("results").get(1).get("delindex1").asDouble())
                .isEqualTo(results.table().entries().get(1).result().score());
        assertThat(json.get("notFinal")).isEmpty();
        JsonNode scores = new ObjectMapper().readTree(RoundExport.itemsJson(results)).get("scores");
        assertThat(scores).hasSize(2 * items);
        assertThat(scores.get(0).get("source").asText()).isEqualTo("single");
    }

    private void ranksAfterReopening(String kommunkod, Map<String, String> changes) {
        long review = work.reviewId(kommunkod, Review.FIRST);
        work.reviews().reopen(work.admin, review, "Rättning");
        changes.forEach((item, score) -> {
            var reviewer = work.reviewerOf(kommunkod, Review.FIRST);
            int version = work.reviews().open(reviewer, review).answer(item).version();
            work.reviews().save(reviewer, review, item, score, "", version);
        });
        work.reviews().submit(work.reviewerOf(kommunkod, Review.FIRST), review, true);
    }

    private static CSVParser csv(String text) throws IOException {
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().get().parse(new StringReader(text.substring(1)));
    }

    private RoundResults.Results results() {
        return work.services.roundResults().of(work.current());
    }

    private Publication publication() {
        return work.services.publication();
    }
}
