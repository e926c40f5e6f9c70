package se.webbgranskning.app.checklist;

import java.util.Map;
import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import se.webbgranskning.app.NotFound;
import se.webbgranskning.app.review.ChecklistEditions;
import se.webbgranskning.app.review.ReviewRounds;
import se.webbgranskning.app.web.Access;
import se.webbgranskning.app.web.PageModel;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.WebSecurity;
import se.webbgranskning.checklist.Checklist;

/**
 * The checklist with its tips, open to anyone without logging in: what the review looks for, so that every
 * municipality can prepare. Shows the edition of the latest review round unless another edition is asked for.
 */
public final class PublicChecklistRoutes implements RouteGroup {

    public static final String PATH = "/checklistan";

    private final ChecklistEditions editions;
    private final ReviewRounds rounds;
    private final Templates templates;

    public PublicChecklistRoutes(ChecklistEditions editions, ReviewRounds rounds, Templates templates) {
        this.editions = editions;
        this.rounds = rounds;
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PATH, this::show, Access.ANYONE);
    }

    private void show(Context ctx) {
        String id = Optional.ofNullable(ctx.queryParam("utgava")).filter(s -> !s.isBlank()).orElseGet(() -> editions.currentId(rounds.rounds()));
        Checklist checklist = editions.find(id)
                .orElseThrow(() -> new NotFound("Checklistan " + id + " finns inte."));
        templates.render(ctx, "checklist/public.jte", Map.of(
                "page", PageModel.of("Vad granskningen letar efter", WebSecurity.session(ctx).orElse(null), PATH),
                "checklist", checklist,
                "editions", editions.ids()));
    }
}
