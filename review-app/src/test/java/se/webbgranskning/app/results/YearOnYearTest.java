package se.webbgranskning.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.RoundWork;
import se.webbgranskning.checklist.ChecklistException;

@Tag("database")
class YearOnYearTest {

    private RoundWork earlier;

    @BeforeEach
    void earlierRound() {
        earlier = new RoundWork("yoy");
        earlier.scoreAndSubmit(DemoWorld.EKBACKA, Review.FIRST, "1", Map.of("B1", "0", "A1", "2"));
        earlier.scoreAndSubmit(DemoWorld.NORRVIK, "1");
    }

    @Test
    void withTheSameEditionTheWholeScoresAreComparedItemByItem() {
        ReviewRound later = laterRound("delindex1-2026");
        laterWork(later).scoreAndSubmit(DemoWorld.EKBACKA, Review.FIRST, "1", Map.of("B1", "2", "A1", "2"));

        YearOnYear.Comparison change = report(later, false).previous().orElseThrow();

        assertThat(change.sameEdition()).isTrue();
        assertThat(change.earlier().reviewRoundId()).isEqualTo(earlier.round.reviewRoundId());
        assertThat(change.leftOut()).isEmpty();
        assertThat(change.items()).filteredOn(YearOnYear.ItemChange::changed)
                .extracting(item -> item.item().id() + ":" + item.before() + "→" + item.now()).containsExactly("B1:0→2");
        assertThat(change.currentScore()).isEqualTo(report(later, false).entry().result().exactScore());
        assertThat(change.earlierScore()).isLessThan(change.currentScore());
    }

    @Test
    void withAnotherEditionOnlyTheItemsBothShareUnchangedAreCompared() throws IOException, ChecklistException {
        String edition = "delindex1-yoy-" + earlier.anna.id();
        String yaml = bundledYaml().replace("id: delindex1-2026", "id: " + edition)
                .replace("Beskriver webbplatsen vad hemtjänst är", "Förklarar webbplatsen vad hemtjänst är");
        earlier.services.editions().upload("test", edition + ".yaml", yaml.getBytes(StandardCharsets.UTF_8));
        ReviewRound later = laterRound(edition);
        laterWork(later).scoreAndSubmit(DemoWorld.EKBACKA, Review.FIRST, "2", Map.of());

        YearOnYear.Comparison change = report(later, false).previous().orElseThrow();

        assertThat(change.sameEdition()).isFalse();
        assertThat(change.leftOut()).containsExactly("A1");
        assertThat(change.items()).extracting(item -> item.item().id()).doesNotContain("A1").hasSize(30);
        assertThat(change.currentScore().doubleValue()).isEqualTo(100.0);
        String shown = org.jsoup.Jsoup.parse(earlier.services.templates().render("results/report_body.jte",
                Map.of("report", report(later, false), "standalone", true))).text();
        assertThat(shown).contains("Omgångarna använde olika checklistor").contains("Utanför jämförelsen: A1");
        // A1 (full points then) is left out, so area A counts lower than in the earlier round's own Delindex 1
        assertThat(change.earlierScore()).isLessThan(report(earlier.current(), false).entry().result().exactScore());
    }

    @Test
    void aMunicipalityUserIsComparedOnlyWithPublishedRounds() {
        ReviewRound later = laterRound("delindex1-2026");
        laterWork(later).scoreAndSubmit(DemoWorld.EKBACKA, "2");

        // Other tests share the demo world's database and may have published rounds of their own before this one
        assertThat(report(later, true).previous().map(change -> change.earlier().reviewRoundId()))
                .isNotEqualTo(java.util.Optional.of(earlier.round.reviewRoundId()));
        assertThat(report(later, false).previous().orElseThrow().earlier().reviewRoundId())
                .isEqualTo(earlier.round.reviewRoundId());
        earlier.services.publication().publish(earlier.admin, earlier.current());
        assertThat(report(later, true).previous().orElseThrow().earlier().reviewRoundId())
                .isEqualTo(earlier.round.reviewRoundId());
    }

    private ReviewRound laterRound(String checklistId) {
        ReviewRound later = earlier.rounds().create("test", "Senare " + earlier.anna.username() + " " + checklistId,
                earlier.crawlRoundId, checklistId);
        earlier.rounds().assign("test", later, DemoWorld.EKBACKA, earlier.anna);
        return later;
    }

    private RoundWork laterWork(ReviewRound later) {
        return earlier.in(later);
    }

    private MunicipalityReport report(ReviewRound round, boolean publishedOnly) {
        return earlier.services.reports().report(round, DemoWorld.EKBACKA, publishedOnly).orElseThrow();
    }

    private static String bundledYaml() throws IOException {
        try (InputStream in = YearOnYearTest.class.getResourceAsStream("/checklists/delindex1-2026.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
