package se.webbgranskning.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.webbgranskning.app.results.GoodExamples;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.snapshot.SnapshotPage;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.RoundWork;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.crawl.precheck.ItemSuggestion;
import se.webbgranskning.crawl.precheck.Verdict;

/** A preview links good examples from the latest published round for what looks missing, and says what changed. */
@Tag("database")
class PreviewReportsTest {

    @Test
    void itemsThatLookMissingGetPagesOfMunicipalitiesWithFullPointsFromTheLatestPublishedRound() {
        RoundWork work = new RoundWork("forhandsvisning");
        work.cite(DemoWorld.EKBACKA, Review.FIRST, "A1");
        work.scoreAndSubmit(DemoWorld.EKBACKA, Review.FIRST, "2", Map.of("A2", "0"));
        SnapshotPage norrvikA2 = work.cite(DemoWorld.NORRVIK, Review.FIRST, "A2");
        work.scoreAndSubmit(DemoWorld.NORRVIK, "2");
        work.services.publication().publish(work.admin, work.current());
        Checklist checklist = work.services.editions().require("delindex1-2026");
        PreviewReports reports = new PreviewReports(work.services.reviewRounds(), work.services.roundResults(),
                new GoodExamples(work.services.jdbi()));
        PreviewRun run = new PreviewRun(1, DemoWorld.EKBACKA, "kommun", OffsetDateTime.now(), checklist.id(), "x",
                PreviewStatus.DONE, OffsetDateTime.now(), 10, null);

        PreviewReport report = reports.report(run, Optional.empty(), checklist, Map.of(
                "A1", suggestion("A1", Verdict.LIKELY_PRESENT), "A2", suggestion("A2", Verdict.NOT_FOUND)),
                Map.of("A2", Verdict.PARTLY));

        assertThat(report.examplesFrom()).hasValueSatisfying(
                round -> assertThat(round.reviewRoundId()).isEqualTo(work.round.reviewRoundId()));
        PreviewItem a1 = report.items().get(0);
        PreviewItem a2 = report.items().get(1);
        assertThat(a1.examples()).as("present items need no example").isEmpty();
        assertThat(a2.examples()).extracting(example -> example.page().pageId()).contains(norrvikA2.pageId());
        assertThat(a2.examples()).allSatisfy(example -> assertThat(example.page().kommunkod())
                .isNotEqualTo(DemoWorld.EKBACKA));
        assertThat(a2.change()).contains("sämre");
        assertThat(a1.change()).isEmpty();
        assertThat(report.items()).extracting(item -> item.item().id()).containsExactly("A1", "A2");
    }

    private static ItemSuggestion suggestion(String itemId, Verdict verdict) {
        return new ItemSuggestion(itemId, verdict, 0.5, List.of(), List.of(), List.of());
    }
}
