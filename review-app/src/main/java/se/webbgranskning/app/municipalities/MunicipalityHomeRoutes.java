package se.webbgranskning.app.municipalities;

import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.results.RoundResults;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.review.ReviewRounds;
import se.webbgranskning.app.web.PageModel;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.WebSecurity;

/**
 * A municipality account's home: its own municipality and its reports from published rounds; nothing of a
 * round is shown before the project lead publishes it.
 */
public final class MunicipalityHomeRoutes implements RouteGroup {

    private final MunicipalityNames names;
    private final ReviewRounds rounds;
    private final RoundResults results;
    private final Templates templates;

    public MunicipalityHomeRoutes(MunicipalityNames names, ReviewRounds rounds, RoundResults results,
                                  Templates templates) {
        this.names = names;
        this.rounds = rounds;
        this.results = results;
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/kommun", this::home, Role.MUNICIPALITY);
    }

    private void home(Context ctx) {
        User user = WebSecurity.requireSession(ctx).user();
        String code = user.municipality().orElseThrow(() -> new IllegalStateException(
                "municipality account without kommunkod: " + user.username()));
        String name = names.name(code).orElse(code);
        templates.render(ctx, "municipality/home.jte", Map.of(
                "page", PageModel.of(name, WebSecurity.requireSession(ctx), "/kommun"),
                "name", name,
                "code", code,
                "reports", rounds.rounds().stream().filter(ReviewRound::published)
                        .filter(round -> results.of(round).entry(code).isPresent())
                        .toList()));
    }
}
