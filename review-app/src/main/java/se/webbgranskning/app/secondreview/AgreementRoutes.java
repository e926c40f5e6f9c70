package se.webbgranskning.app.secondreview;

import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.precheck.PrecheckFeedback;
import se.webbgranskning.app.review.ChecklistEditions;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.review.ReviewRounds;
import se.webbgranskning.app.web.PageModel;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.WebSecurity;

/** The project lead's view of how well first and second reviewers agree in a round. */
public final class AgreementRoutes implements RouteGroup {

    private final RoundAgreement agreement;
    private final ReviewRounds rounds;
    private final SecondReviews secondReviews;
    private final PrecheckFeedback precheckFeedback;
    private final ChecklistEditions editions;
    private final Templates templates;

    public AgreementRoutes(RoundAgreement agreement, ReviewRounds rounds, SecondReviews secondReviews,
                           PrecheckFeedback precheckFeedback, ChecklistEditions editions, Templates templates) {
        this.agreement = agreement;
        this.rounds = rounds;
        this.secondReviews = secondReviews;
        this.precheckFeedback = precheckFeedback;
        this.editions = editions;
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/admin/omgangar/{round}/overensstammelse", this::show, Role.ADMIN);
    }

    private void show(Context ctx) {
        ReviewRound round = rounds.require(ctx.pathParam("round"));
        templates.render(ctx, "secondreview/agreement.jte", Map.of(
                "page", PageModel.of(round.name() + " – överensstämmelse", WebSecurity.requireSession(ctx), "/admin"),
                "round", round,
                "draw", secondReviews.drawOf(round),
                "report", agreement.of(round),
                "precheck", precheckFeedback.precisionOf(round.reviewRoundId(), editions.require(round.checklistId()))));
    }
}
