package se.webbgranskning.app.results;

import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.review.ReviewRounds;
import se.webbgranskning.app.web.PageModel;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.WebSecurity;

/** Charts of a round's results for the project lead: how Delindex 1 spreads, and which items are missing where. */
public final class ChartRoutes implements RouteGroup {

    private final ReviewRounds rounds;
    private final RoundResults results;
    private final Templates templates;

    public ChartRoutes(ReviewRounds rounds, RoundResults results, Templates templates) {
        this.rounds = rounds;
        this.results = results;
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/admin/omgangar/{round}/diagram", this::show, Role.ADMIN);
    }

    private void show(Context ctx) {
        ReviewRound round = rounds.require(ctx.pathParam("round"));
        RoundResults.Results current = results.of(round);
        ScoreDistribution distribution = ScoreDistribution.of(current);
        templates.render(ctx, "results/charts.jte", Map.of(
                "page", PageModel.of(round.name() + " – diagram", WebSecurity.requireSession(ctx), "/admin"),
                "results", current,
                "distribution", distribution,
                "histogram", ScoreHistogramSvg.of(distribution),
                "heatMap", ItemHeatMap.of(current)));
    }
}
