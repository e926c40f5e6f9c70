package se.webbgranskning.app.results;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.review.ChecklistEditions;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.review.ReviewStatus;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.index.SiteRow;

/**
 * Reads a round's reviews and decisions and works out every municipality's outcome. Nothing is stored: final
 * scores are recomputed from the reviews on every read, so that a reopened review or a new decision can never
 * leave a stale result behind.
 */
public final class FinalScores {

    private final Jdbi jdbi;
    private final PageIndex pageIndex;
    private final ChecklistEditions editions;

    public FinalScores(Jdbi jdbi, PageIndex pageIndex, ChecklistEditions editions) {
        this.jdbi = jdbi;
        this.pageIndex = pageIndex;
        this.editions = editions;
    }

    /** Every municipality of the round's snapshots, in kommunkod order. */
    public List<MunicipalityOutcome> outcomes(ReviewRound round) {
        Checklist checklist = editions.require(round.checklistId());
        Map<String, FinalScoreRules.ReviewAnswers> reviews = jdbi.withHandle(handle -> reviewAnswers(handle, round));
        Map<String, Map<String, Adjudication>> decisions = adjudications(round);
        return pageIndex.sites(round.crawlRoundId()).stream()
                .sorted(java.util.Comparator.comparing(SiteRow::kommunkod))
                .map(site -> FinalScoreRules.resolve(checklist, site.kommunkod(), site.name(),
                        Optional.ofNullable(reviews.get(key(site.kommunkod(), Review.FIRST))),
                        Optional.ofNullable(reviews.get(key(site.kommunkod(), Review.SECOND))),
                        decisions.getOrDefault(site.kommunkod(), Map.of())))
                .toList();
    }

    public Optional<MunicipalityOutcome> outcome(ReviewRound round, String kommunkod) {
        return outcomes(round).stream().filter(o -> o.kommunkod().equals(kommunkod)).findFirst();
    }

    /** The round's decisions by kommunkod and item id. */
    public Map<String, Map<String, Adjudication>> adjudications(ReviewRound round) {
        List<Adjudication> all = jdbi.withHandle(handle -> handle.createQuery("SELECT kommunkod, item_id,"
                        + " first_score, second_score, final_score, reason, decided_by, decided_at FROM adjudication"
                        + " WHERE review_round_id = :round")
                .bind("round", round.reviewRoundId())
                .map((rs, ctx) -> new Adjudication(rs.getString("kommunkod"), rs.getString("item_id"),
                        rs.getString("first_score"), rs.getString("second_score"), rs.getString("final_score"),
                        rs.getString("reason"), rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class)))
                .list());
        Map<String, Map<String, Adjudication>> byMunicipality = new HashMap<>();
        all.forEach(a -> byMunicipality.computeIfAbsent(a.kommunkod(), code -> new HashMap<>()).put(a.itemId(), a));
        return byMunicipality;
    }

    private record AnswerRow(String key, String itemId, String score) {
    }

    private static Map<String, FinalScoreRules.ReviewAnswers> reviewAnswers(Handle handle, ReviewRound round) {
        Map<String, ReviewStatus> statuses = new HashMap<>();
        handle.createQuery("SELECT kommunkod, kind, status FROM review WHERE review_round_id = :round")
                .bind("round", round.reviewRoundId())
                .map((rs, ctx) -> Map.entry(key(rs.getString("kommunkod"), rs.getString("kind")),
                        ReviewStatus.fromKey(rs.getString("status"))))
                .forEach(entry -> statuses.put(entry.getKey(), entry.getValue()));
        Map<String, Map<String, String>> answers = new HashMap<>();
        handle.createQuery("SELECT r.kommunkod, r.kind, i.item_id, i.score FROM review r"
                        + " JOIN review_item i ON i.review_id = r.review_id WHERE r.review_round_id = :round")
                .bind("round", round.reviewRoundId())
                .map((rs, ctx) -> new AnswerRow(key(rs.getString("kommunkod"), rs.getString("kind")),
                        rs.getString("item_id"), rs.getString("score")))
                .forEach(row -> answers.computeIfAbsent(row.key(), k -> new HashMap<>())
                        .put(row.itemId(), row.score()));
        Map<String, FinalScoreRules.ReviewAnswers> reviews = new HashMap<>();
        statuses.forEach((key, status) -> reviews.put(key,
                new FinalScoreRules.ReviewAnswers(status, answers.getOrDefault(key, Map.of()))));
        return reviews;
    }

    private static String key(String kommunkod, String kind) {
        return kommunkod + "/" + kind;
    }
}
