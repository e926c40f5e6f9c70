package se.webbgranskning.app.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The reads every view of the review screen and the reviewer's list makes, on jdbi's fluent API with the mappers
 * of {@link ReviewRowMappers}. A SqlObject ({@link ReviewDao}) costs more per call than the query itself: each
 * handle gets its own copy of jdbi's configuration, and attaching the DAO to it worked out its method handlers
 * again, which was half of everything those pages allocated (JFR under bench/web.sh). The writes, which are
 * rare, stay on the DAO.
 */
public final class ReviewReads {

    private static final String REVIEW_COLUMNS = "review_id, review_round_id, kommunkod, kind, reviewer_id, status,"
            + " assigned_at, submitted_at";
    private static final String ANSWER_COLUMNS = "item_id, score, comment, version, updated_by, updated_at";
    private static final String EVIDENCE = "SELECT e.evidence_id, e.review_id, e.item_id, e.page_id, p.url AS page_url,"
            + " p.title AS page_title, p.fetched_at AS captured_at, e.quote, e.quote_start, e.context_before,"
            + " e.context_after FROM evidence e JOIN crawl_page p ON p.page_id = e.page_id";

    private static final RowMapper<Review> REVIEWS = new ReviewRowMappers.Reviews();
    private static final RowMapper<ItemAnswer> ANSWERS = new ReviewRowMappers.Answers();
    private static final RowMapper<Evidence> EVIDENCES = new ReviewRowMappers.Evidences();
    private static final RowMapper<ReviewDao.OwnReview> OWN_REVIEWS = new ReviewRowMappers.OwnReviews();
    private static final RowMapper<ReviewRound> ROUNDS = (rs, ctx) -> new ReviewRound(rs.getLong("review_round_id"),
            rs.getString("name"), rs.getString("crawl_round_id"), rs.getString("checklist_id"),
            rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("published_at", OffsetDateTime.class), rs.getString("published_by"));

    private ReviewReads() {
    }

    public static Optional<Review> review(Handle handle, long reviewId) {
        return handle.createQuery("SELECT " + REVIEW_COLUMNS + " FROM review WHERE review_id = :id")
                .bind("id", reviewId).map(REVIEWS).findOne();
    }

    /** The round's review of a municipality of one kind ({@link Review#FIRST} or {@link Review#SECOND}). */
    public static Optional<Review> review(Handle handle, long roundId, String kommunkod, String kind) {
        return handle.createQuery("SELECT " + REVIEW_COLUMNS + " FROM review WHERE review_round_id = :round"
                        + " AND kommunkod = :code AND kind = :kind")
                .bind("round", roundId).bind("code", kommunkod).bind("kind", kind).map(REVIEWS).findOne();
    }

    public static List<ItemAnswer> answers(Handle handle, long reviewId) {
        return handle.createQuery("SELECT " + ANSWER_COLUMNS + " FROM review_item WHERE review_id = :id")
                .bind("id", reviewId).map(ANSWERS).list();
    }

    public static Optional<ItemAnswer> answer(Handle handle, long reviewId, String itemId) {
        return handle.createQuery("SELECT " + ANSWER_COLUMNS + " FROM review_item WHERE review_id = :id"
                        + " AND item_id = :item")
                .bind("id", reviewId).bind("item", itemId).map(ANSWERS).findOne();
    }

    public static List<Evidence> evidence(Handle handle, long reviewId) {
        return handle.createQuery(EVIDENCE + " WHERE e.review_id = :id ORDER BY e.evidence_id")
                .bind("id", reviewId).map(EVIDENCES).list();
    }

    public static Optional<Evidence> evidenceById(Handle handle, long evidenceId) {
        return handle.createQuery(EVIDENCE + " WHERE e.evidence_id = :id").bind("id", evidenceId).map(EVIDENCES)
                .findOne();
    }

    /** A reviewer's own reviews as their list shows them, newest round first. */
    public static List<ReviewDao.OwnReview> reviewsOf(Handle handle, long reviewerId) {
        return handle.createQuery("SELECT review_id, review_round_id, kommunkod, kind, status, scored_items FROM review"
                        + " WHERE reviewer_id = :reviewer ORDER BY review_round_id DESC, kommunkod")
                .bind("reviewer", reviewerId).map(OWN_REVIEWS).list();
    }

    public static Optional<ReviewRound> round(Handle handle, long roundId) {
        return handle.createQuery("SELECT * FROM review_round WHERE review_round_id = :id").bind("id", roundId)
                .map(ROUNDS).findOne();
    }

    public static List<ReviewRound> rounds(Handle handle) {
        return handle.createQuery("SELECT * FROM review_round ORDER BY created_at DESC, review_round_id DESC")
                .map(ROUNDS).list();
    }

    /** The name the crawl recorded for the municipality: it also covers sites outside the registry. */
    public static Optional<String> municipalityName(Handle handle, long roundId, String kommunkod) {
        return handle.createQuery("SELECT s.name FROM crawl_site s JOIN review_round rr"
                        + " ON rr.crawl_round_id = s.round_id WHERE rr.review_round_id = :round AND s.kommunkod = :code")
                .bind("round", roundId).bind("code", kommunkod).mapTo(String.class).findOne();
    }
}
