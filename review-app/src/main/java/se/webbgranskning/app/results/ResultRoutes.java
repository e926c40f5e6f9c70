package se.webbgranskning.app.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import se.webbgranskning.app.NotFound;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.review.ReviewRounds;
import se.webbgranskning.app.snapshot.ArchivedPageResponse;
import se.webbgranskning.app.snapshot.SnapshotPage;
import se.webbgranskning.app.snapshot.Snapshots;
import se.webbgranskning.app.web.PageModel;
import se.webbgranskning.app.web.RouteGroup;
import se.webbgranskning.app.web.Templates;
import se.webbgranskning.app.web.WebSecurity;

/** A round's results for the project lead (table, publication, export) and a municipality's report. */
public final class ResultRoutes implements RouteGroup {

    private final ReviewRounds rounds;
    private final RoundResults results;
    private final Reports reports;
    private final Publication publication;
    private final Templates templates;
    private final GoodExamples goodExamples;
    private final Snapshots snapshots;
    private final ArchivedPageResponse archived;
    private final EvidenceBundles bundles;

    public ResultRoutes(ReviewRounds rounds, RoundResults results, Reports reports, Publication publication,
                        Templates templates, GoodExamples goodExamples, Snapshots snapshots,
                        ArchivedPageResponse archived, EvidenceBundles bundles) {
        this.bundles = bundles;
        this.goodExamples = goodExamples;
        this.snapshots = snapshots;
        this.archived = archived;
        this.rounds = rounds;
        this.results = results;
        this.reports = reports;
        this.publication = publication;
        this.templates = templates;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/admin/omgangar/{round}/resultat", this::table, Role.ADMIN);
        routes.post("/admin/omgangar/{round}/publicera", this::publish, Role.ADMIN);
        routes.post("/admin/omgangar/{round}/dra-tillbaka", this::withdraw, Role.ADMIN);
        routes.get("/admin/omgangar/{round}/export/{file}", this::export, Role.ADMIN);
        routes.get("/rapport/{round}/{code}", this::report, Role.ADMIN, Role.MUNICIPALITY);
        routes.get("/rapport/{round}/exempel/{page}", this::example, Role.ADMIN, Role.MUNICIPALITY);
        routes.get("/rapport/{round}/{code}/bevispaket.zip", this::bundle, Role.ADMIN, Role.MUNICIPALITY);
    }

    private void table(Context ctx) {
        ReviewRound round = round(ctx);
        RoundResults.Results current = results.of(round);
        templates.render(ctx, "results/table.jte", Map.of(
                "page", PageModel.of(round.name() + " – resultat", WebSecurity.requireSession(ctx), "/admin"),
                "results", current,
                "table", ResultTable.of(current, ctx.queryParam("lan"), ctx.queryParam("storlek"),
                        ctx.queryParam("sortera"))));
    }

    private void publish(Context ctx) {
        ReviewRound round = round(ctx);
        publication.publish(WebSecurity.requireSession(ctx).user(), round);
        ctx.redirect("/admin/omgangar/" + round.reviewRoundId() + "/resultat", HttpStatus.SEE_OTHER);
    }

    private void withdraw(Context ctx) {
        ReviewRound round = round(ctx);
        publication.withdraw(WebSecurity.requireSession(ctx).user(), round, ctx.formParam("skal"));
        ctx.redirect("/admin/omgangar/" + round.reviewRoundId() + "/resultat", HttpStatus.SEE_OTHER);
    }

    private void export(Context ctx) {
        ReviewRound round = round(ctx);
        RoundResults.Results current = results.of(round);
        String file = ctx.pathParam("file");
        String body;
        String type;
        switch (file) {
            case "resultat.csv" -> { body = RoundExport.resultsCsv(current); type = "text/csv"; }
            case "resultat.json" -> { body = RoundExport.resultsJson(current); type = "application/json"; }
            case "punkter.csv" -> { body = RoundExport.itemsCsv(current); type = "text/csv"; }
            case "punkter.json" -> { body = RoundExport.itemsJson(current); type = "application/json"; }
            default -> throw new NotFound("Exportfilen finns inte.");
        }
        ctx.contentType(type + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"omgang-" + round.reviewRoundId() + "-" + file + "\"");
        ctx.result(body.getBytes(StandardCharsets.UTF_8));
    }

    private void report(Context ctx) {
        ReviewRound round = round(ctx);
        String code = readableReport(ctx, round);
        boolean admin = WebSecurity.requireSession(ctx).user().role() == Role.ADMIN;
        MunicipalityReport report = reports.report(round, code, !admin)
                .orElseThrow(() -> new NotFound("Kommunen har inget slutligt resultat i omgången ännu."));
        templates.render(ctx, "results/report.jte", Map.of(
                "page", PageModel.of(report.name() + " – rapport", WebSecurity.requireSession(ctx), ctx.path()),
                "report", report));
    }

    private void bundle(Context ctx) throws IOException {
        ReviewRound round = round(ctx);
        String code = readableReport(ctx, round);
        // Streamed: a snapshot with many PDFs is large. The WACZ is complete on disk before the first byte is sent.
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + EvidenceBundles.fileName(round, code) + "\"");
        bundles.write(round, code, ctx.outputStream());
    }

    /**
     * The kommunkod of the report the path names, if the user may read it: an admin every report, a
     * municipality user only its own and only once the round is published.
     */
    private static String readableReport(Context ctx, ReviewRound round) {
        User user = WebSecurity.requireSession(ctx).user();
        String code = ctx.pathParam("code");
        boolean allowed = user.role() == Role.ADMIN
                || (round.published() && user.municipality().equals(Optional.of(code)));
        if (!allowed) {
            throw new NotFound("Rapporten finns inte.");
        }
        return code;
    }

    /** A good example's archived page, for the reports of a published round (admins: any round). */
    private void example(Context ctx) throws IOException {
        User user = WebSecurity.requireSession(ctx).user();
        ReviewRound round = round(ctx);
        if (user.role() != Role.ADMIN && !round.published()) {
            throw new NotFound("Sidan finns inte.");
        }
        long pageId;
        try {
            pageId = Long.parseLong(ctx.pathParam("page"));
        } catch (NumberFormatException e) {
            throw new NotFound("Sidan finns inte.");
        }
        GoodExamples.CitedPage example = goodExamples.example(results.of(round), pageId)
                .orElseThrow(() -> new NotFound("Sidan finns inte bland omgångens goda exempel."));
        SnapshotPage page = snapshots.page(round.crawlRoundId(), example.kommunkod(), pageId)
                .filter(SnapshotPage::archived)
                .orElseThrow(() -> new NotFound("Sidan finns inte arkiverad."));
        archived.send(ctx, page, url -> Optional.empty());
    }

    private ReviewRound round(Context ctx) {
        return rounds.require(ctx.pathParam("round"));
    }
}
