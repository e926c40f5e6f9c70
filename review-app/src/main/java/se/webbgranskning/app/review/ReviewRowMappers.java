package se.webbgranskning.app.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Row mappers written out for the queries every view of the review screen and the reviewer's list runs:
 * jdbi's reflective constructor mapper works out the column-to-parameter binding again for every query, which
 * was a measurable share of those pages' cost (bench/web.sh).
 */
public final class ReviewRowMappers {

    private ReviewRowMappers() {
    }

    public static final class Answers implements RowMapper<ItemAnswer> {
        @Override
        public ItemAnswer map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ItemAnswer(rs.getString("item_id"), rs.getString("score"), rs.getString("comment"),
                    rs.getInt("version"), rs.getString("updated_by"), rs.getObject("updated_at", OffsetDateTime.class));
        }
    }

    public static final class Evidences implements RowMapper<Evidence> {
        @Override
        public Evidence map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Evidence(rs.getLong("evidence_id"), rs.getLong("review_id"), rs.getString("item_id"),
                    rs.getLong("page_id"), rs.getString("page_url"), rs.getString("page_title"),
                    rs.getObject("captured_at", OffsetDateTime.class), rs.getString("quote"), rs.getInt("quote_start"),
                    rs.getString("context_before"), rs.getString("context_after"));
        }
    }

    public static final class Reviews implements RowMapper<Review> {
        @Override
        public Review map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Review(rs.getLong("review_id"), rs.getLong("review_round_id"), rs.getString("kommunkod"),
                    rs.getString("kind"), rs.getLong("reviewer_id"), ReviewStatus.fromKey(rs.getString("status")),
                    rs.getObject("assigned_at", OffsetDateTime.class),
                    rs.getObject("submitted_at", OffsetDateTime.class));
        }
    }

    public static final class Summaries implements RowMapper<ReviewDao.ReviewSummary> {
        @Override
        public ReviewDao.ReviewSummary map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ReviewDao.ReviewSummary(rs.getLong("review_id"), rs.getLong("review_round_id"),
                    rs.getString("round_name"), rs.getString("kommunkod"), rs.getString("municipality_name"),
                    rs.getString("kind"), rs.getLong("reviewer_id"), rs.getString("reviewer_name"),
                    ReviewStatus.fromKey(rs.getString("status")), rs.getInt("scored_items"),
                    rs.getObject("submitted_at", OffsetDateTime.class));
        }
    }

    public static final class OwnReviews implements RowMapper<ReviewDao.OwnReview> {
        @Override
        public ReviewDao.OwnReview map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ReviewDao.OwnReview(rs.getLong("review_id"), rs.getLong("review_round_id"),
                    rs.getString("kommunkod"), rs.getString("kind"), ReviewStatus.fromKey(rs.getString("status")),
                    rs.getInt("scored_items"));
        }
    }
}
