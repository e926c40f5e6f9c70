package se.webbgranskning.app.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import se.webbgranskning.app.NotFound;
import se.webbgranskning.app.UserError;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.precheck.PassageKey;
import se.webbgranskning.app.snapshot.SnapshotPage;
import se.webbgranskning.app.snapshot.Snapshots;
import se.webbgranskning.app.web.PageModel;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.WebSecurity;
import se.webbgranskning.checklist.Item;

/** The reviewer's pages: "Mina kommuner" and the review screen, with its saves, citations and submit. */
public final class ReviewRoutes implements RouteGroup {

    private final Reviews reviews;
    private final Snapshots snapshots;
    private final Templates templates;
    private final ReviewSuggestions suggestions;
    private final ItemHeads itemHeads;

    public ReviewRoutes(Reviews reviews, Snapshots snapshots, ReviewSuggestions suggestions, Templates templates) {
        this.reviews = reviews;
        this.snapshots = snapshots;
        this.suggestions = suggestions;
        this.templates = templates;
        this.itemHeads = new ItemHeads(templates);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/mina-kommuner", this::mine, Role.REVIEWER);
        routes.get("/granskning/{id}", this::screen, Role.REVIEWER, Role.ADMIN);
        routes.post("/granskning/{id}/svar/{item}", this::save, Role.REVIEWER);
        routes.post("/granskning/{id}/belagg", this::cite, Role.REVIEWER);
        routes.post("/granskning/{id}/belagg/{evidence}/ta-bort", this::removeEvidence, Role.REVIEWER);
        routes.post("/granskning/{id}/forslag/{item}/anvand", this::acceptSuggested, Role.REVIEWER);
        routes.post("/granskning/{id}/forslag/{item}/avvisa", this::dismissSuggested, Role.REVIEWER);
        routes.post("/granskning/{id}/skicka-in", this::submit, Role.REVIEWER);
        routes.post("/granskning/{id}/ateroppna", this::reopen, Role.ADMIN);
    }

    private void mine(Context ctx) {
        User user = user(ctx);
        templates.render(ctx, "review/mine.jte", Map.of(
                "page", page(ctx, "Mina kommuner"),
                "reviews", reviews.assignedTo(user)));
    }

    private void screen(Context ctx) {
        showScreen(ctx, List.of());
    }

    private void showScreen(Context ctx, List<Item> needsConfirmation) {
        User user = user(ctx);
        Workspace workspace = reviews.open(user, id(ctx));
        String crawlRound = workspace.round().crawlRoundId();
        String code = workspace.review().kommunkod();
        String query = Optional.ofNullable(ctx.queryParam("sok")).orElse("").strip();
        Optional<SnapshotPage> selected = longParam(ctx.queryParam("sida"))
                .flatMap(pageId -> snapshots.page(crawlRound, code, pageId));
        boolean editable = user.id() == workspace.review().reviewerId() && !workspace.review().submitted();
        Evidence highlighted = longParam(ctx.queryParam("citat"))
                .flatMap(evidenceId -> workspace.evidence().stream().filter(e -> e.evidenceId() == evidenceId)
                        .findFirst())
                .orElse(null);
        ReviewScreen screen = new ReviewScreen(workspace, itemHeads.of(workspace.checklist()),
                snapshots.pages(crawlRound, code, query),
                selected.orElse(null), selected.map(found -> snapshots.text(found.pageId())).orElse(""), highlighted,
                query, editable, needsConfirmation, suggestions.panels(workspace), requestedPassage(ctx));
        templates.render(ctx, "review/screen.jte", Map.of(
                "page", page(ctx, workspace.municipalityName() + " – granskning"),
                "screen", screen));
    }

    private void save(Context ctx) {
        User user = user(ctx);
        long reviewId = id(ctx);
        String itemId = ctx.pathParam("item");
        int version = longParam(ctx.formParam("version")).orElse(0L).intValue();
        SaveOutcome outcome = reviews.save(user, reviewId, itemId, ctx.formParam("poang"), ctx.formParam("kommentar"),
                version);
        if (ctx.header("HX-Request") == null) {
            ctx.redirect("/granskning/" + reviewId + "#fraga-" + itemId, HttpStatus.SEE_OTHER);
            return;
        }
        if (outcome instanceof SaveOutcome.Saved saved) {
            renderSaved(ctx, itemId, saved.answer(), false, saved.scored(), saved.items());
            return;
        }
        Workspace workspace = reviews.open(user, reviewId);
        ctx.status(HttpStatus.CONFLICT); // htmx is configured to swap this answer in (see layout.jte)
        renderSaved(ctx, itemId, ((SaveOutcome.Conflict) outcome).current(), true, workspace.scoredCount(),
                workspace.checklist().items().size());
    }

    private void renderSaved(Context ctx, String itemId, ItemAnswer answer, boolean conflict, long scored,
                             int total) {
        templates.render(ctx, "review/saved.jte", Map.of(
                "itemId", itemId,
                "answer", answer,
                "conflict", conflict,
                "scored", scored,
                "total", total));
    }

    private void cite(Context ctx) {
        User user = user(ctx);
        long reviewId = id(ctx);
        long pageId = longParam(ctx.formParam("sida")).orElseThrow(() -> new UserError("Välj en sida att citera."));
        String itemId = Optional.ofNullable(ctx.formParam("fraga")).orElse("");
        Evidence cited = reviews.cite(user, reviewId, itemId, pageId, ctx.formParam("citat"),
                longParam(ctx.formParam("position")).orElse(0L).intValue());
        if (ctx.header("HX-Request") == null) {
            ctx.redirect("/granskning/" + reviewId + "?sida=" + pageId + "#fraga-" + cited.itemId(),
                    HttpStatus.SEE_OTHER);
            return;
        }
        renderEvidence(ctx, user, reviewId, cited.itemId());
    }

    private void removeEvidence(Context ctx) {
        User user = user(ctx);
        long reviewId = id(ctx);
        long evidenceId = longParam(ctx.pathParam("evidence")).orElseThrow(() -> new NotFound("Belägget finns inte."));
        String itemId = reviews.removeEvidence(user, reviewId, evidenceId).itemId();
        if (ctx.header("HX-Request") == null) {
            ctx.redirect("/granskning/" + reviewId + "#fraga-" + itemId, HttpStatus.SEE_OTHER);
            return;
        }
        renderEvidence(ctx, user, reviewId, itemId);
    }

    private void renderEvidence(Context ctx, User user, long reviewId, String itemId) {
        Workspace workspace = reviews.open(user, reviewId);
        templates.render(ctx, "review/evidence.jte", Map.of(
                "reviewId", reviewId,
                "item", workspace.checklist().item(itemId).orElseThrow(),
                "evidence", workspace.evidenceFor(itemId),
                "editable", true,
                "csrf", WebSecurity.requireSession(ctx).csrfToken()));
    }

    private void acceptSuggested(Context ctx) {
        User user = user(ctx);
        long reviewId = id(ctx);
        suggestions.accept(user, reviewId, ctx.pathParam("item"), suggestedPage(ctx), suggestedStart(ctx));
        afterSuggestionDecision(ctx, user, reviewId);
    }

    private void dismissSuggested(Context ctx) {
        User user = user(ctx);
        long reviewId = id(ctx);
        suggestions.dismiss(user, reviewId, ctx.pathParam("item"), suggestedPage(ctx), suggestedStart(ctx));
        afterSuggestionDecision(ctx, user, reviewId);
    }

    /** Without htmx back to the item; with htmx the item's suggestion and evidence list, both changed. */
    private void afterSuggestionDecision(Context ctx, User user, long reviewId) {
        String itemId = ctx.pathParam("item");
        if (ctx.header("HX-Request") == null) {
            ctx.redirect("/granskning/" + reviewId + "?sida=" + suggestedPage(ctx) + "#fraga-" + itemId,
                    HttpStatus.SEE_OTHER);
            return;
        }
        Workspace workspace = reviews.open(user, reviewId);
        templates.render(ctx, "review/suggestion_swap.jte", Map.of(
                "reviewId", reviewId,
                "item", workspace.checklist().item(itemId).orElseThrow(),
                "panel", suggestions.panels(workspace).get(itemId),
                "evidence", workspace.evidenceFor(itemId),
                "csrf", WebSecurity.requireSession(ctx).csrfToken()));
    }

    private static long suggestedPage(Context ctx) {
        return longParam(ctx.formParam("sida")).orElseThrow(() -> new UserError("Stycket saknar sida."));
    }

    private static int suggestedStart(Context ctx) {
        return longParam(ctx.formParam("start")).orElseThrow(() -> new UserError("Stycket saknar position."))
                .intValue();
    }

    /** The pre-check passage a "show in the text" link asked for ({@code forslag} item, {@code start}), if any. */
    private static PassageKey requestedPassage(Context ctx) {
        String itemId = ctx.queryParam("forslag");
        Optional<Long> page = longParam(ctx.queryParam("sida"));
        Optional<Long> start = longParam(ctx.queryParam("start"));
        return itemId == null || page.isEmpty() || start.isEmpty() ? null
                : new PassageKey(itemId, page.get(), start.get().intValue());
    }

    private void submit(Context ctx) {
        User user = user(ctx);
        long reviewId = id(ctx);
        SubmitOutcome outcome = reviews.submit(user, reviewId, "ja".equals(ctx.formParam("bekraftat")));
        if (outcome instanceof SubmitOutcome.Incomplete incomplete) {
            throw new UserError("Granskningen kan inte skickas in: fråga "
                    + String.join(", ", incomplete.unscored().stream().map(Item::id).toList())
                    + " saknar poäng. Alla frågor måste besvaras.");
        }
        if (outcome instanceof SubmitOutcome.NeedsConfirmation confirm) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            showScreen(ctx, confirm.withoutEvidence());
            return;
        }
        ctx.redirect("/granskning/" + reviewId, HttpStatus.SEE_OTHER);
    }

    private void reopen(Context ctx) {
        long reviewId = id(ctx);
        reviews.reopen(user(ctx), reviewId, ctx.formParam("skal"));
        ctx.redirect("/granskning/" + reviewId, HttpStatus.SEE_OTHER);
    }

    private static User user(Context ctx) {
        return WebSecurity.requireSession(ctx).user();
    }

    private static PageModel page(Context ctx, String title) {
        return PageModel.of(title, WebSecurity.requireSession(ctx), ctx.path());
    }

    private static long id(Context ctx) {
        return longParam(ctx.pathParam("id")).orElseThrow(() -> new NotFound("Granskningen finns inte."));
    }

    static Optional<Long> longParam(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
