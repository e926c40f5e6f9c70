package se.webbgranskning.app.review;

import java.io.IOException;
import java.nio.file.Path;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import se.webbgranskning.app.NotFound;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.snapshot.ArchivedPageResponse;
import se.webbgranskning.app.snapshot.SnapshotPage;
import se.webbgranskning.app.snapshot.Snapshots;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.WebSecurity;

/** Serves an archived page of a review's snapshot to its reviewer (and admins), for the review screen's frame. */
public final class ArchivedPageRoutes implements RouteGroup {

    private final Reviews reviews;
    private final Snapshots snapshots;
    private final ArchivedPageResponse response;

    public ArchivedPageRoutes(Reviews reviews, Snapshots snapshots, Path warcRoot) {
        this.reviews = reviews;
        this.snapshots = snapshots;
        this.response = new ArchivedPageResponse(warcRoot);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/granskning/{id}/sida/{page}/innehall", this::content, Role.REVIEWER, Role.ADMIN);
    }

    private void content(Context ctx) throws IOException {
        long reviewId = ReviewRoutes.longParam(ctx.pathParam("id")).orElseThrow(() -> new NotFound("Granskningen finns inte."));
        Workspace workspace = reviews.open(WebSecurity.requireSession(ctx).user(), reviewId);
        String crawlRound = workspace.round().crawlRoundId();
        String code = workspace.review().kommunkod();
        SnapshotPage page = ReviewRoutes.longParam(ctx.pathParam("page"))
                .flatMap(id -> snapshots.page(crawlRound, code, id))
                .filter(SnapshotPage::archived)
                .orElseThrow(() -> new NotFound("Sidan finns inte arkiverad i kommunens ögonblicksbild."));
        response.send(ctx, page, url -> snapshots.pageIdOf(crawlRound, code, url)
                .map(id -> "/granskning/" + reviewId + "?sida=" + id));
    }
}
