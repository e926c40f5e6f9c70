package se.webbgranskning.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.webbgranskning.app.review.ReviewStatus;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.scoring.Score;

class FinalScoreRulesTest {

    private static final Checklist CHECKLIST = BundledChecklists.load("delindex1-2026").orElseThrow();

    @Test
    void withoutAFirstReviewOrBeforeItIsSubmittedNothingIsFinal() {
        assertThat(resolve(Optional.empty(), Optional.empty(), Map.of()).state()).isEqualTo(OutcomeState.NOT_ASSIGNED);
        assertThat(resolve(Optional.of(review(ReviewStatus.IN_PROGRESS, "2")), Optional.empty(), Map.of()).state())
                .isEqualTo(OutcomeState.IN_REVIEW);
    }

    @Test
    void aSingleSubmittedReviewCountsAsItIs() {
        MunicipalityOutcome outcome = resolve(Optional.of(review(ReviewStatus.SUBMITTED, "1")), Optional.empty(),
                Map.of());

        assertThat(outcome.state()).isEqualTo(OutcomeState.FINAL);
        assertThat(outcome.scores()).hasSize(CHECKLIST.items().size());
        assertThat(outcome.scores().get("A1")).isEqualTo(new FinalScore("A1", Score.points(1), ScoreSource.SINGLE, ""));
    }

    @Test
    void aDrawnMunicipalityWaitsForItsSecondReview() {
        MunicipalityOutcome outcome = resolve(Optional.of(review(ReviewStatus.SUBMITTED, "1")),
                Optional.of(review(ReviewStatus.IN_PROGRESS, "1")), Map.of());

        assertThat(outcome.state()).isEqualTo(OutcomeState.AWAITING_SECOND);
        assertThat(outcome.scores()).isEmpty();
    }

    @Test
    void agreedItemsAreAdoptedAndTheOthersWaitForADecision() {
        FinalScoreRules.ReviewAnswers second = review(ReviewStatus.SUBMITTED, "1");
        second.scoreKeys().put("B2", "2");
        second.scoreKeys().put("C1", "0");

        MunicipalityOutcome outcome = resolve(Optional.of(review(ReviewStatus.SUBMITTED, "1")), Optional.of(second),
                Map.of("B2", decision("B2", "1", "2", "2")));

        assertThat(outcome.state()).isEqualTo(OutcomeState.AWAITING_ADJUDICATION);
        assertThat(outcome.openItems()).containsExactly("C1");
        assertThat(outcome.scores().get("A1").source()).isEqualTo(ScoreSource.AGREED);
        assertThat(outcome.scores().get("B2")).isEqualTo(new FinalScore("B2", Score.points(2), ScoreSource.ADJUDICATED,
                "Blanketten finns som PDF"));
    }

    @Test
    void aDecisionOnScoresTheReviewsNoLongerHoldDoesNotCount() {
        FinalScoreRules.ReviewAnswers second = review(ReviewStatus.SUBMITTED, "1");
        second.scoreKeys().put("B2", "0");

        MunicipalityOutcome outcome = resolve(Optional.of(review(ReviewStatus.SUBMITTED, "1")), Optional.of(second),
                Map.of("B2", decision("B2", "1", "2", "2")));

        assertThat(outcome.state()).isEqualTo(OutcomeState.AWAITING_ADJUDICATION);
        assertThat(outcome.openItems()).containsExactly("B2");
    }

    @Test
    void whenEveryDisagreementIsDecidedTheMunicipalityIsFinal() {
        FinalScoreRules.ReviewAnswers second = review(ReviewStatus.SUBMITTED, "1");
        second.scoreKeys().put("B2", "2");

        MunicipalityOutcome outcome = resolve(Optional.of(review(ReviewStatus.SUBMITTED, "1")), Optional.of(second),
                Map.of("B2", decision("B2", "1", "2", "1")));

        assertThat(outcome.state()).isEqualTo(OutcomeState.FINAL);
        assertThat(outcome.doubleReviewed()).isTrue();
        assertThat(outcome.scores().get("B2").score()).isEqualTo(Score.points(1));
    }

    private static MunicipalityOutcome resolve(Optional<FinalScoreRules.ReviewAnswers> first,
                                               Optional<FinalScoreRules.ReviewAnswers> second,
                                               Map<String, Adjudication> decisions) {
        return FinalScoreRules.resolve(CHECKLIST, "9901", "Ekbacka kommun", first, second, decisions);
    }

    private static FinalScoreRules.ReviewAnswers review(ReviewStatus status, String everyScore) {
        Map<String, String> scores = new HashMap<>();
        for (Item item : CHECKLIST.items()) {
            scores.put(item.id(), everyScore);
        }
        return new FinalScoreRules.ReviewAnswers(status, scores);
    }

    private static Adjudication decision(String item, String first, String second, String decided) {
        return new Adjudication("9901", item, first, second, decided, "Blanketten finns som PDF", "lead",
                OffsetDateTime.now());
    }
}
