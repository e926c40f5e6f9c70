package se.webbgranskning.app.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for review rounds, reviews, item answers and evidence. */
@RegisterColumnMapper(ReviewDao.StatusMapper.class)
public interface ReviewDao {

    /** A review with what the lists show beside it. */
    record ReviewSummary(long reviewId, long reviewRoundId, String roundName, String kommunkod,
                         String municipalityName, String kind, long reviewerId, String reviewerName, ReviewStatus status,
                         int scoredItems, OffsetDateTime submittedAt) {
    }

    /** Maps the stored status key; public because jdbi instantiates it. */
    final class StatusMapper implements ColumnMapper<ReviewStatus> {
        @Override
        public ReviewStatus map(ResultSet r, int columnNumber, StatementContext ctx) throws SQLException {
            return ReviewStatus.fromKey(r.getString(columnNumber));
        }
    }

    String SUMMARY = "SELECT r.review_id, r.review_round_id, rr.name AS round_name, r.kommunkod,"
            + " s.name AS municipality_name, r.kind, r.reviewer_id, u.display_name AS reviewer_name, r.status,"
            + " r.submitted_at, r.scored_items"
            + " FROM review r JOIN review_round rr ON rr.review_round_id = r.review_round_id"
            + " JOIN app_user u ON u.user_id = r.reviewer_id"
            + " JOIN crawl_site s ON s.round_id = rr.crawl_round_id AND s.kommunkod = r.kommunkod";

    @SqlUpdate("INSERT INTO review_round (name, crawl_round_id, checklist_id, created_by, created_at)"
            + " VALUES (:name, :crawlRound, :checklist, :by, :at)")
    @GetGeneratedKeys("review_round_id")
    long insertRound(@Bind("name") String name, @Bind("crawlRound") String crawlRound,
                     @Bind("checklist") String checklist, @Bind("by") String by, @Bind("at") OffsetDateTime at);

    @SqlUpdate("INSERT INTO review (review_round_id, kommunkod, kind, reviewer_id, status, assigned_at)"
            + " VALUES (:round, :code, :kind, :reviewer, 'not_started', :at)")
    @GetGeneratedKeys("review_id")
    long insertReview(@Bind("round") long round, @Bind("code") String code, @Bind("kind") String kind,
                      @Bind("reviewer") long reviewer, @Bind("at") OffsetDateTime at);

    @SqlUpdate("UPDATE review SET reviewer_id = :reviewer WHERE review_id = :id")
    int reassign(@Bind("id") long id, @Bind("reviewer") long reviewer);

    /** A reviewer's own review as their list shows it; names come from the caches in {@link Reviews}. */
    record OwnReview(long reviewId, long reviewRoundId, String kommunkod, String kind, ReviewStatus status,
                     int scoredItems) {
    }

    @SqlQuery(SUMMARY + " WHERE r.review_round_id = :round ORDER BY r.kommunkod, r.kind")
    @RegisterRowMapper(ReviewRowMappers.Summaries.class)
    List<ReviewSummary> summariesOfRound(@Bind("round") long round);

    @SqlUpdate("UPDATE review SET status = :status, submitted_at = :submittedAt WHERE review_id = :id")
    int setStatus(@Bind("id") long id, @Bind("status") String status, @Bind("submittedAt") OffsetDateTime at);

    @SqlUpdate("INSERT INTO evidence (review_id, item_id, page_id, quote, quote_start, context_before,"
            + " context_after, created_by, created_at) VALUES (:review, :item, :page, :quote, :start, :before,"
            + " :after, :by, :at)")
    @GetGeneratedKeys("evidence_id")
    long insertEvidence(@Bind("review") long reviewId, @Bind("item") String itemId, @Bind("page") long pageId,
                        @Bind("quote") String quote, @Bind("start") int start, @Bind("before") String before,
                        @Bind("after") String after, @Bind("by") String by, @Bind("at") OffsetDateTime at);

    @SqlUpdate("DELETE FROM evidence WHERE evidence_id = :id AND review_id = :review")
    int deleteEvidence(@Bind("id") long evidenceId, @Bind("review") long reviewId);
}
