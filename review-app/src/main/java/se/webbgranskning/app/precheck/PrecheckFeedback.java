package se.webbgranskning.app.precheck;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.audit.AuditLog;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.crawl.precheck.EvidencePassage;
import se.webbgranskning.crawl.precheck.ItemSuggestion;

/**
 * Records what reviewers do with the pre-check's passages (table {@code precheck_feedback}), so that the
 * pre-check's precision in real use can be reported per item. Only the latest decision per passage counts.
 */
public final class PrecheckFeedback {

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Clock clock;

    public PrecheckFeedback(Jdbi jdbi, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    public void record(User user, long reviewId, ItemSuggestion suggestion, EvidencePassage passage,
                       PassageDecision decision) {
        jdbi.useTransaction(handle -> {
            // Delete, then insert: portable across H2 and PostgreSQL, unlike MERGE / ON CONFLICT.
            handle.createUpdate("""
                            DELETE FROM precheck_feedback
                            WHERE review_id = :review AND item_id = :item AND page_id = :page AND quote_start = :start""")
                    .bind("review", reviewId).bind("item", suggestion.itemId())
                    .bind("page", passage.pageId()).bind("start", passage.start())
                    .execute();
            handle.createUpdate("""
                            INSERT INTO precheck_feedback (review_id, item_id, page_id, quote_start, quote,
                                suggested_verdict, decision, decided_by, decided_at)
                            VALUES (:review, :item, :page, :start, :quote, :verdict, :decision, :by, :at)""")
                    .bind("review", reviewId).bind("item", suggestion.itemId())
                    .bind("page", passage.pageId()).bind("start", passage.start())
                    .bind("quote", passage.quote()).bind("verdict", suggestion.verdict().name())
                    .bind("decision", decision.key()).bind("by", user.username())
                    .bind("at", OffsetDateTime.now(clock))
                    .execute();
            audit.record(handle, user.username(), "förkontroll: " + decision.swedish(),
                    "granskning " + reviewId, suggestion.itemId(), null,
                    "sida " + passage.pageId() + ": " + passage.quote());
        });
    }

    /** The decisions taken in one review, by passage. */
    public Map<PassageKey, PassageDecision> decisionsOf(long reviewId) {
        Map<PassageKey, PassageDecision> decisions = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT item_id, page_id, quote_start, decision FROM precheck_feedback WHERE review_id = :review""")
                .bind("review", reviewId)
                .map((rs, ctx) -> Map.entry(
                        new PassageKey(rs.getString("item_id"), rs.getLong("page_id"), rs.getInt("quote_start")),
                        PassageDecision.ofKey(rs.getString("decision"))))
                .forEach(entry -> decisions.put(entry.getKey(), entry.getValue())));
        return decisions;
    }

    /** Per item of the checklist, in its order: the decided passages of every review in a review round. */
    public List<ItemPrecision> precisionOf(long reviewRoundId, Checklist checklist) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        checklist.items().stream().map(Item::id).forEach(id -> counts.put(id, new int[2]));
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT f.item_id, f.decision, COUNT(*) AS n FROM precheck_feedback f
                        JOIN review r ON r.review_id = f.review_id
                        WHERE r.review_round_id = :round
                        GROUP BY f.item_id, f.decision""")
                .bind("round", reviewRoundId)
                .map((rs, ctx) -> new Object[] {rs.getString("item_id"), rs.getString("decision"), rs.getInt("n")})
                .forEach(row -> {
                    int[] itemCounts = counts.get((String) row[0]);
                    if (itemCounts != null) {
                        itemCounts[PassageDecision.ofKey((String) row[1]) == PassageDecision.ACCEPTED ? 0 : 1] += (int) row[2];
                    }
                }));
        List<ItemPrecision> result = new ArrayList<>();
        counts.forEach((itemId, n) -> result.add(new ItemPrecision(itemId, n[0], n[1])));
        return result;
    }
}
