package se.webbgranskning.app.admin;

import java.util.List;
import java.util.Map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import se.webbgranskning.app.NotFound;
import se.webbgranskning.app.UserError;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.web.PageModel;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.WebSecurity;
import se.webbgranskning.crawl.index.PageIndex;

/** The admin starts crawl rounds in the background and watches them; every round's result per municipality. */
public final class CrawlRoutes implements RouteGroup {

    private final CrawlJobs jobs;
    private final PageIndex index;
    private final Templates templates;

    public CrawlRoutes(CrawlJobs jobs, PageIndex index, Templates templates) {
        this.jobs = jobs;
        this.index = index;
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/admin/genomsokningar", ctx -> showList(ctx, ""), Role.ADMIN);
        routes.post("/admin/genomsokningar", this::start, Role.ADMIN);
        routes.get("/admin/genomsokningar/{round}", this::showRound, Role.ADMIN);
        routes.get("/admin/genomsokningar/{round}/status", this::status, Role.ADMIN);
    }

    private void start(Context ctx) {
        List<String> codes = ctx.formParams("kommuner").stream().filter(code -> !code.isBlank()).toList();
        try {
            String roundId = jobs.start(WebSecurity.requireSession(ctx).user().username(), codes);
            ctx.redirect("/admin/genomsokningar/" + roundId, HttpStatus.SEE_OTHER);
        } catch (UserError e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            showList(ctx, e.getMessage());
        }
    }

    private void showList(Context ctx, String error) {
        templates.render(ctx, "admin/crawls.jte", Map.of(
                "page", PageModel.of("Genomsökningar", WebSecurity.requireSession(ctx), "/admin/genomsokningar"),
                "rounds", index.roundIds(),
                "available", jobs.available(),
                "running", jobs.running().orElse(""),
                "error", error));
    }

    private void showRound(Context ctx) {
        templates.render(ctx, "admin/crawl.jte", Map.of(
                "page", PageModel.of("Genomsökning " + ctx.pathParam("round"), WebSecurity.requireSession(ctx),
                        "/admin/genomsokningar"),
                "progress", progress(ctx)));
    }

    private void status(Context ctx) {
        templates.render(ctx, "admin/crawl_status.jte", Map.of("progress", progress(ctx)));
    }

    private CrawlProgressView progress(Context ctx) {
        String roundId = ctx.pathParam("round");
        if (!index.roundExists(roundId)) {
            throw new NotFound("Genomsökningen " + roundId + " finns inte.");
        }
        return CrawlProgressView.of(roundId, jobs.running().filter(roundId::equals).isPresent(),
                index.sites(roundId), index.siteCounts(roundId));
    }
}
