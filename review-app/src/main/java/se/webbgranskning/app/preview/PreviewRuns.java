package se.webbgranskning.app.preview;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import se.webbgranskning.crawl.precheck.ItemSuggestion;
import se.webbgranskning.crawl.precheck.Verdict;

/** The previews asked for and their per-item verdicts (tables {@code preview_run}, {@code preview_item}). */
final class PreviewRuns {

    private static final RowMapper<PreviewRun> RUNS = (rs, ctx) -> new PreviewRun(rs.getLong("preview_id"),
            rs.getString("kommunkod"), rs.getString("requested_by"),
            rs.getObject("requested_at", OffsetDateTime.class), rs.getString("checklist_id"),
            rs.getString("crawl_round_id"), PreviewStatus.ofKey(rs.getString("status")),
            rs.getObject("finished_at", OffsetDateTime.class), rs.getObject("pages", Integer.class),
            rs.getString("problem"));

    private final Jdbi jdbi;

    PreviewRuns(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long insertRunning(String kommunkod, String requestedBy, OffsetDateTime at, String checklistId) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO preview_run (kommunkod, requested_by, requested_at, checklist_id, status)
                        VALUES (:code, :by, :at, :checklist, 'running')""")
                .bind("code", kommunkod).bind("by", requestedBy).bind("at", at).bind("checklist", checklistId)
                .executeAndReturnGeneratedKeys("preview_id").mapTo(Long.class).one());
    }

    void setCrawlRound(long previewId, String crawlRoundId) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "UPDATE preview_run SET crawl_round_id = :round WHERE preview_id = :id")
                .bind("round", crawlRoundId).bind("id", previewId).execute());
    }

    /** Stores the verdicts and marks the preview done, in one transaction: a preview is done with all or none. */
    void finish(long previewId, OffsetDateTime at, int pages, List<ItemSuggestion> suggestions) {
        jdbi.useTransaction(handle -> {
            var batch = handle.prepareBatch(
                    "INSERT INTO preview_item (preview_id, item_id, verdict) VALUES (:id, :item, :verdict)");
            for (ItemSuggestion suggestion : suggestions) {
                batch.bind("id", previewId).bind("item", suggestion.itemId())
                        .bind("verdict", suggestion.verdict().name()).add();
            }
            batch.execute();
            handle.createUpdate("""
                            UPDATE preview_run SET status = 'done', finished_at = :at, pages = :pages
                            WHERE preview_id = :id""")
                    .bind("at", at).bind("pages", pages).bind("id", previewId).execute();
        });
    }

    void fail(long previewId, OffsetDateTime at, String problem) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        UPDATE preview_run SET status = 'failed', finished_at = :at, problem = :problem
                        WHERE preview_id = :id""")
                .bind("at", at).bind("problem", problem.length() > 2000 ? problem.substring(0, 2000) : problem)
                .bind("id", previewId).execute());
    }

    /** Previews left running by an app that stopped: they will never finish, so they must not block new ones. */
    int failAbandoned(OffsetDateTime at) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE preview_run SET status = 'failed', finished_at = :at,
                            problem = 'Appen startades om medan förhandsgranskningen pågick.'
                        WHERE status = 'running'""")
                .bind("at", at).execute());
    }

    /** The municipality's previews, newest first. */
    List<PreviewRun> of(String kommunkod, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM preview_run WHERE kommunkod = :code
                        ORDER BY requested_at DESC, preview_id DESC""")
                .bind("code", kommunkod).setMaxRows(limit).map(RUNS).list());
    }

    Optional<PreviewRun> find(long previewId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM preview_run WHERE preview_id = :id")
                .bind("id", previewId).map(RUNS).findOne());
    }

    int countSince(String kommunkod, OffsetDateTime since) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT COUNT(*) FROM preview_run WHERE kommunkod = :code AND requested_at >= :since""")
                .bind("code", kommunkod).bind("since", since).mapTo(Integer.class).one());
    }

    Map<String, Verdict> verdicts(long previewId) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        jdbi.useHandle(handle -> handle.createQuery(
                        "SELECT item_id, verdict FROM preview_item WHERE preview_id = :id ORDER BY item_id")
                .bind("id", previewId)
                .map((rs, ctx) -> Map.entry(rs.getString("item_id"), Verdict.valueOf(rs.getString("verdict"))))
                .forEach(entry -> verdicts.put(entry.getKey(), entry.getValue())));
        return verdicts;
    }
}
