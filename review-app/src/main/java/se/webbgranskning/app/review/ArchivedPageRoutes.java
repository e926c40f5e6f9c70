package se.webbgranskning.app.review;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.webbgranskning.app.NotFound;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.snapshot.SafeSnapshotHtml;
import se.webbgranskning.app.snapshot.SnapshotPage;
import se.webbgranskning.app.snapshot.Snapshots;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.WebSecurity;
import se.webbgranskning.crawl.warc.ArchivedPayload;
import se.webbgranskning.crawl.warc.ArchivedPayloads;
import se.webbgranskning.crawl.warc.WarcLocation;

/**
 * Serves an archived page of a review's snapshot from its WARC record: HTML made safe and sandboxed (see
 * DESIGN.md, "Showing crawled pages safely"), PDFs as a download. Never the live site.
 */
public final class ArchivedPageRoutes implements RouteGroup {

    private static final Logger LOG = LoggerFactory.getLogger(ArchivedPageRoutes.class);

    private final Reviews reviews;
    private final Snapshots snapshots;
    private final ArchivedPayloads payloads;

    public ArchivedPageRoutes(Reviews reviews, Snapshots snapshots, Path warcRoot) {
        this.reviews = reviews;
        this.snapshots = snapshots;
        this.payloads = new ArchivedPayloads(warcRoot);
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
        ArchivedPayload payload;
        try {
            payload = payloads.read(new WarcLocation(page.warcFile(), page.warcOffset(), page.warcLength()));
        } catch (IOException e) {
            LOG.error("Could not read the archived page {} ({}) from {}@{}", page.pageId(), page.url(), page.warcFile(),
                    page.warcOffset(), e);
            throw e;
        }
        ctx.header("Content-Security-Policy", SafeSnapshotHtml.CONTENT_SECURITY_POLICY + "; frame-ancestors 'self'");
        ctx.header("Referrer-Policy", "no-referrer");
        if (page.isPdf()) {
            ctx.header("Content-Disposition", "attachment; filename=\"sida-" + page.pageId() + ".pdf\"");
            ctx.contentType("application/pdf").result(payload.body());
            return;
        }
        String html = new String(payload.body(), charsetOf(page));
        String safe = SafeSnapshotHtml.render(html, page.url(), url -> snapshots.pageIdOf(crawlRound, code, url)
                .map(id -> "/granskning/" + reviewId + "?sida=" + id));
        ctx.contentType("text/html; charset=utf-8").result(safe);
    }

    /** The charset the crawler decided on when it extracted the text, so that both read the same characters. */
    private static Charset charsetOf(SnapshotPage page) {
        try {
            return Optional.ofNullable(page.charset()).map(Charset::forName).orElse(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
