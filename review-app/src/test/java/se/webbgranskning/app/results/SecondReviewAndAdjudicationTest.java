package se.webbgranskning.app.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.webbgranskning.app.NotFound;
import se.webbgranskning.app.UserError;
import se.webbgranskning.app.audit.AuditLog;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.secondreview.SampleDraw;
import se.webbgranskning.app.secondreview.SecondReviewDraw;
import se.webbgranskning.app.secondreview.SecondReviews;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.app.web.RoundWork;
import se.webbgranskning.scoring.Score;

@Tag("database")
class SecondReviewAndAdjudicationTest {

    private RoundWork work;
    private SecondReviews secondReviews;
    private Adjudications adjudications;

    @BeforeEach
    void round() {
        work = new RoundWork("second");
        secondReviews = work.services.secondReviews();
        adjudications = work.services.adjudications();
    }

    @Test
    void theDrawWaitsUntilEveryMunicipalityHasItsFirstReviewer() {
        ReviewRound partly = work.rounds().create("test", "Halvfördelad " + work.anna.username(),
                work.crawlRoundId, "delindex1-2026");
        work.rounds().assign("test", partly, DemoWorld.EKBACKA, work.anna);

        assertThatThrownBy(() -> draw(partly, 100, 1, 7L)).isInstanceOf(UserError.class)
                .hasMessageContaining("1 kommuner saknar granskare").hasMessageContaining(DemoWorld.NORRVIK);
        assertThat(secondReviews.drawOf(partly)).isEmpty();
    }

    @Test
    void theDrawIsRecordedOnceWithItsSeedAndNeverGivesAMunicipalityToItsFirstReviewer() {
        SecondReviewDraw draw = draw(work.round, 50, 2, 7L);

        assertThat(draw.drawn()).containsExactlyElementsOf(SampleDraw.draw(draw.candidates(), 50, 2, 7L));
        assertThat(draw.candidates()).containsExactly(DemoWorld.EKBACKA, DemoWorld.NORRVIK);
        assertThat(draw.drawn()).containsExactlyInAnyOrder(DemoWorld.EKBACKA, DemoWorld.NORRVIK);
        assertThat(work.reviewerOf(DemoWorld.EKBACKA, Review.SECOND)).isEqualTo(work.bo);
        assertThat(work.reviewerOf(DemoWorld.NORRVIK, Review.SECOND)).isEqualTo(work.anna);
        assertThat(work.services.audit().forSubject("omgång " + work.round.reviewRoundId()))
                .extracting(AuditLog.Entry::action).contains("urval för andra granskning lottat");
        assertThatThrownBy(() -> draw(work.round, 50, 2, 8L)).isInstanceOf(UserError.class)
                .hasMessageContaining("redan lottats");
        assertThatThrownBy(() -> work.rounds().assign("test", work.round, DemoWorld.EKBACKA, work.bo))
                .isInstanceOf(UserError.class).hasMessageContaining("Samma person kan inte göra båda");
    }

    @Test
    void aDrawNeedsTwoReviewersAndASensibleShare() {
        assertThatThrownBy(() -> draw(work.round, 0, 1, 1L)).isInstanceOf(UserError.class).hasMessageContaining("1–100");
        assertThatThrownBy(() -> secondReviews.draw("lead", work.round, 20, 1, OptionalLong.of(1L),
                List.of(work.anna))).isInstanceOf(UserError.class).hasMessageContaining("minst två");
    }

    @Test
    void theSecondReviewerSeesTheFirstReviewOnlyAfterSubmittingHerOwn() {
        draw(work.round, 100, 2, 7L);
        work.scoreAndSubmit(DemoWorld.EKBACKA, "1");
        long firstReview = work.reviewId(DemoWorld.EKBACKA, Review.FIRST);

        assertThatThrownBy(() -> work.reviews().open(work.bo, firstReview)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> adjudications.compare(work.bo, work.round, DemoWorld.EKBACKA))
                .isInstanceOf(NotFound.class);
        assertThat(work.reviews().assignedTo(work.bo)).filteredOn(listed -> listed.kommunkod().equals(DemoWorld.EKBACKA))
                .singleElement().satisfies(listed -> assertThat(listed.second()).isTrue());

        work.scoreAndSubmit(DemoWorld.EKBACKA, Review.SECOND, "1", Map.of("B2", "2"));

        Comparison comparison = adjudications.compare(work.bo, work.round, DemoWorld.EKBACKA);
        assertThat(comparison.items()).filteredOn(item -> !item.agreed())
                .extracting(item -> item.item().id()).containsExactly("B2");
        assertThatThrownBy(() -> adjudications.compare(work.anna, work.round, DemoWorld.EKBACKA))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void theLeadDecidesEachDisagreementWithAReasonAndTheMunicipalityBecomesFinal() {
        draw(work.round, 100, 2, 7L);
        work.scoreAndSubmit(DemoWorld.EKBACKA, "1");
        work.scoreAndSubmit(DemoWorld.EKBACKA, Review.SECOND, "1", Map.of("B2", "2", "C1", "0"));

        assertThat(outcome().state()).isEqualTo(OutcomeState.AWAITING_ADJUDICATION);
        assertThat(outcome().openItems()).containsExactly("B2", "C1");
        assertThatThrownBy(() -> decide(work.anna, "B2", "2", "skäl")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> decide(work.admin, "B2", "2", " ")).isInstanceOf(UserError.class)
                .hasMessageContaining("Skriv varför");
        assertThatThrownBy(() -> decide(work.admin, "A1", "2", "skäl")).isInstanceOf(UserError.class)
                .hasMessageContaining("överens");
        assertThatThrownBy(() -> decide(work.admin, "B2", "3", "skäl")).isInstanceOf(UserError.class)
                .hasMessageContaining("Poängen måste vara en av");

        decide(work.admin, "B2", "2", "E-tjänsten finns på självservicesidan");
        decide(work.admin, "C1", "1", "Avgiften anges men inte för i år");

        MunicipalityOutcome outcome = outcome();
        assertThat(outcome.state()).isEqualTo(OutcomeState.FINAL);
        assertThat(outcome.scores().get("B2")).isEqualTo(new FinalScore("B2", Score.points(2), ScoreSource.ADJUDICATED,
                "E-tjänsten finns på självservicesidan"));
        assertThat(outcome.scores().get("A1").source()).isEqualTo(ScoreSource.AGREED);
        assertThat(work.services.audit().forSubject("omgång " + work.round.reviewRoundId() + " kommun "
                + DemoWorld.EKBACKA)).filteredOn(entry -> entry.action().equals("punkt avgjord"))
                .extracting(AuditLog.Entry::itemId).containsExactly("B2", "C1");
    }

    @Test
    void reopeningAReviewAfterADecisionMakesTheChangedItemOpenAgain() {
        draw(work.round, 100, 2, 7L);
        work.scoreAndSubmit(DemoWorld.EKBACKA, "1");
        work.scoreAndSubmit(DemoWorld.EKBACKA, Review.SECOND, "1", Map.of("B2", "2"));
        decide(work.admin, "B2", "2", "Blanketten finns");
        assertThat(outcome().state()).isEqualTo(OutcomeState.FINAL);

        long firstReview = work.reviewId(DemoWorld.EKBACKA, Review.FIRST);
        work.reviews().reopen(work.admin, firstReview, "Omprövning");
        assertThat(outcome().state()).isEqualTo(OutcomeState.IN_REVIEW);
        int version = work.reviews().open(work.anna, firstReview).answer("B2").version();
        work.reviews().save(work.anna, firstReview, "B2", "0", "Hittar ingen blankett", version);
        work.reviews().submit(work.anna, firstReview, true);

        assertThat(outcome().state()).isEqualTo(OutcomeState.AWAITING_ADJUDICATION);
        assertThat(adjudications.compare(work.admin, work.round, DemoWorld.EKBACKA).items())
                .filteredOn(item -> item.item().id().equals("B2")).singleElement()
                .satisfies(item -> assertThat(item.decisionStale()).isTrue());
    }

    private MunicipalityOutcome outcome() {
        return work.services.roundResults().of(work.round).outcomes().get(DemoWorld.EKBACKA);
    }

    private void decide(User user, String item, String score, String reason) {
        adjudications.decide(user, work.round, DemoWorld.EKBACKA, item, score, reason);
    }

    private SecondReviewDraw draw(ReviewRound round, int share, int minimum, long seed) {
        return secondReviews.draw("lead", round, share, minimum, OptionalLong.of(seed),
                List.of(work.anna, work.bo));
    }
}
