package se.webbgranskning.app.results;

import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.review.ReviewRounds;
import se.webbgranskning.app.web.PageModel;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.WebSecurity;

/** The comparison of a double-reviewed municipality's two reviews, and the project lead's decisions on it. */
public final class AdjudicationRoutes implements RouteGroup {

    private final Adjudications adjudications;
    private final ReviewRounds rounds;
    private final Templates templates;

    public AdjudicationRoutes(Adjudications adjudications, ReviewRounds rounds, Templates templates) {
        this.adjudications = adjudications;
        this.rounds = rounds;
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/jamforelse/{round}/{code}", this::show, Role.ADMIN, Role.REVIEWER);
        routes.post("/jamforelse/{round}/{code}/avgor/{item}", this::decide, Role.ADMIN);
    }

    private void show(Context ctx) {
        User user = WebSecurity.requireSession(ctx).user();
        Comparison comparison = adjudications.compare(user, rounds.require(ctx.pathParam("round")),
                ctx.pathParam("code"));
        templates.render(ctx, "results/comparison.jte", Map.of(
                "page", PageModel.of(comparison.municipalityName() + " – jämförelse", WebSecurity.requireSession(ctx),
                        "/admin"),
                "comparison", comparison,
                "admin", user.role() == Role.ADMIN));
    }

    private void decide(Context ctx) {
        ReviewRound round = rounds.require(ctx.pathParam("round"));
        String code = ctx.pathParam("code");
        String item = ctx.pathParam("item");
        adjudications.decide(WebSecurity.requireSession(ctx).user(), round, code, item, ctx.formParam("poang"),
                ctx.formParam("skal"));
        ctx.redirect("/jamforelse/" + round.reviewRoundId() + "/" + code + "#punkt-" + item, HttpStatus.SEE_OTHER);
    }
}
