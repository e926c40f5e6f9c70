package se.webbgranskning.app.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import se.webbgranskning.app.UserError;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.auth.Users;
import se.webbgranskning.app.review.ChecklistEditions;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.review.ReviewRounds;
import se.webbgranskning.app.review.ReviewStatus;
import se.webbgranskning.app.secondreview.SecondReviewDraw;
import se.webbgranskning.app.secondreview.SecondReviews;
import se.webbgranskning.app.web.PageModel;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.WebSecurity;
import se.webbgranskning.crawl.index.PageIndex;

/** The admin's overview of crawl and review rounds, and one review round's assignments and progress. */
public final class RoundRoutes implements RouteGroup {

    /** A crawl round as the overview lists it. */
    public record CrawlRoundLine(String roundId, int municipalities) {
    }

    /** A review round with how far it has come. */
    public record ReviewRoundLine(ReviewRound round, int assigned, int submitted, int municipalities) {
    }

    /** One reviewer's share of a round. */
    public record ReviewerLoad(String name, int assigned, int inProgress, int submitted) {
    }

    private final ReviewRounds rounds;
    private final PageIndex pageIndex;
    private final ChecklistEditions editions;
    private final Users users;
    private final Templates templates;
    private final SecondReviews secondReviews;

    public RoundRoutes(ReviewRounds rounds, PageIndex pageIndex, ChecklistEditions editions, Users users,
                       Templates templates, SecondReviews secondReviews) {
        this.secondReviews = secondReviews;
        this.rounds = rounds;
        this.pageIndex = pageIndex;
        this.editions = editions;
        this.users = users;
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/admin", this::overview, Role.ADMIN);
        routes.post("/admin/omgangar", this::create, Role.ADMIN);
        routes.get("/admin/omgangar/{id}", ctx -> showRound(ctx, ""), Role.ADMIN);
        routes.post("/admin/omgangar/{id}/tilldela", this::assign, Role.ADMIN);
        routes.post("/admin/omgangar/{id}/fordela", this::spread, Role.ADMIN);
        routes.post("/admin/omgangar/{id}/lotta", this::draw, Role.ADMIN);
    }

    private void overview(Context ctx) {
        List<CrawlRoundLine> crawlRounds = pageIndex.roundIds().stream()
                .map(id -> new CrawlRoundLine(id, pageIndex.sites(id).size())).toList();
        List<ReviewRoundLine> reviewRounds = rounds.rounds().stream().map(this::line).toList();
        templates.render(ctx, "admin/overview.jte", Map.of(
                "page", PageModel.of("Översikt", WebSecurity.requireSession(ctx), "/admin"),
                "crawlRounds", crawlRounds,
                "reviewRounds", reviewRounds,
                "checklists", editions.ids(),
                "error", Optional.ofNullable(ctx.<String>attribute("wg.formError")).orElse("")));
    }

    private void create(Context ctx) {
        try {
            ReviewRound round = rounds.create(actor(ctx), ctx.formParam("namn"), ctx.formParam("genomsokning"),
                    ctx.formParam("checklista"));
            ctx.redirect("/admin/omgangar/" + round.reviewRoundId(), HttpStatus.SEE_OTHER);
        } catch (UserError e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            ctx.attribute("wg.formError", e.getMessage());
            overview(ctx);
        }
    }

    private void assign(Context ctx) {
        ReviewRound round = round(ctx);
        String reviewer = Optional.ofNullable(ctx.formParam("granskare")).orElse("");
        User user = users.byUsername(reviewer).orElseThrow(() -> new UserError("Välj en granskare i listan."));
        String code = Optional.ofNullable(ctx.formParam("kommun")).orElse("");
        boolean second = Review.SECOND.equals(ctx.formParam("granskning"));
        rounds.assign(actor(ctx), round, code, user, second ? Review.SECOND : Review.FIRST);
        showRound(ctx, "Kommun " + code + (second ? "s andra granskning" : "") + " är tilldelad "
                + user.displayName() + ".");
    }

    private void spread(Context ctx) {
        ReviewRound round = round(ctx);
        int assigned = rounds.spreadEvenly(actor(ctx), round, users.all());
        showRound(ctx, assigned == 0 ? "Alla kommuner var redan tilldelade."
                : assigned + " kommuner fördelades jämnt på granskarna.");
    }

    private void draw(Context ctx) {
        ReviewRound round = round(ctx);
        int share = intParam(ctx, "andel", "Andelen");
        int minimum = intParam(ctx, "minst", "Minsta antal");
        String seedText = Optional.ofNullable(ctx.formParam("fro")).orElse("").strip();
        OptionalLong seed;
        try {
            seed = seedText.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(seedText));
        } catch (NumberFormatException e) {
            throw new UserError("Fröet ska vara ett heltal, eller tomt för ett slumpat frö (var " + seedText + ").");
        }
        SecondReviewDraw draw = secondReviews.draw(actor(ctx), round, share, minimum, seed, users.all());
        showRound(ctx, draw.drawn().size() + " kommuner lottades till blind andra granskning.");
    }

    private static int intParam(Context ctx, String name, String label) {
        String text = Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UserError(label + " ska vara ett heltal (var \"" + text + "\").");
        }
    }

    private void showRound(Context ctx, String message) {
        ReviewRound round = round(ctx);
        List<ReviewRounds.Progress> progress = rounds.progress(round);
        Map<String, ReviewerLoad> loads = new LinkedHashMap<>();
        for (ReviewRounds.Progress p : progress) {
            ReviewerLoad old = loads.getOrDefault(p.reviewerName(), new ReviewerLoad(p.reviewerName(), 0, 0, 0));
            loads.put(p.reviewerName(), new ReviewerLoad(old.name(), old.assigned() + 1,
                    old.inProgress() + (p.status() == ReviewStatus.IN_PROGRESS ? 1 : 0),
                    old.submitted() + (p.status() == ReviewStatus.SUBMITTED ? 1 : 0)));
        }
        templates.render(ctx, "admin/round.jte", Map.of(
                "page", PageModel.of(round.name(), WebSecurity.requireSession(ctx), "/admin"),
                "line", line(round),
                "progress", progress,
                "loads", List.copyOf(loads.values()),
                "sites", rounds.municipalities(round),
                "reviewers", users.all().stream().filter(u -> u.role() == Role.REVIEWER && !u.disabled()).toList(),
                "draw", secondReviews.drawOf(round),
                "message", message));
    }

    private ReviewRoundLine line(ReviewRound round) {
        List<ReviewRounds.Progress> progress = rounds.progress(round);
        List<ReviewRounds.Progress> first = progress.stream().filter(p -> !p.second()).toList();
        int submitted = (int) first.stream().filter(p -> p.status() == ReviewStatus.SUBMITTED).count();
        return new ReviewRoundLine(round, first.size(), submitted, rounds.municipalities(round).size());
    }

    private ReviewRound round(Context ctx) {
        return rounds.require(ctx.pathParam("id"));
    }

    private static String actor(Context ctx) {
        return WebSecurity.requireSession(ctx).user().username();
    }
}
