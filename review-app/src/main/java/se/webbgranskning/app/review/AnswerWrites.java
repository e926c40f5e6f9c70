package se.webbgranskning.app.review;

import java.time.OffsetDateTime;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import se.webbgranskning.app.db.SqlCauses;

/**
 * The statements that save one item's answer, as plain fluent statements: a save is the most frequent write, and
 * attaching a SqlObject per request (proxy and extension lookup) cost more than its statements (bench/soak.sh).
 */
final class AnswerWrites {

    private static final String FIRST_ANSWER = "first_answer";

    private AnswerWrites() {
    }

    /**
     * Writes the item's first answer; false if another save wrote it first (two tabs saving at the same instant),
     * which is a conflict like any other. The insert runs under a savepoint because PostgreSQL refuses every
     * further statement of a transaction after a failed one until it is rolled back.
     */
    static boolean insert(Handle handle, long reviewId, String itemId, String score, String comment, String by,
                          OffsetDateTime at) {
        handle.savepoint(FIRST_ANSWER);
        try {
            handle.createUpdate("INSERT INTO review_item (review_id, item_id, score, comment, version, updated_by,"
                            + " updated_at) VALUES (:id, :item, :score, :comment, 1, :by, :at)")
                    .bind("id", reviewId).bind("item", itemId).bind("score", score).bind("comment", comment)
                    .bind("by", by).bind("at", at).execute();
        } catch (UnableToExecuteStatementException e) {
            if (!SqlCauses.isDuplicateKey(e)) {
                throw e;
            }
            handle.rollbackToSavepoint(FIRST_ANSWER);
            return false;
        }
        handle.releaseSavepoint(FIRST_ANSWER);
        return true;
    }

    /** Saves only if nobody saved since {@code expected}; false means a conflict and nothing was written. */
    static boolean update(Handle handle, long reviewId, String itemId, String score, String comment, String by,
                          OffsetDateTime at, int expected) {
        return handle.createUpdate("UPDATE review_item SET score = :score, comment = :comment,"
                        + " version = version + 1, updated_by = :by, updated_at = :at"
                        + " WHERE review_id = :id AND item_id = :item AND version = :expected")
                .bind("id", reviewId).bind("item", itemId).bind("score", score).bind("comment", comment)
                .bind("by", by).bind("at", at).bind("expected", expected).execute() > 0;
    }

    /**
     * Moves the review's count of scored items by the change this save made (+1, -1 or 0) and returns the count.
     * The row is only written when the count changes: most saves change a comment or one score for another, and
     * with durable commits every row written is more B-tree pages serialised to the file per save. Adding to the
     * row's current value (not recounting in a subquery) also keeps two concurrent saves to one review right: the
     * second update waits for the first one's row lock and adds to the value it committed.
     */
    static long moveScoredCount(Handle handle, long reviewId, int change) {
        if (change != 0) {
            handle.createUpdate("UPDATE review SET scored_items = scored_items + :change WHERE review_id = :id")
                    .bind("change", change).bind("id", reviewId).execute();
        }
        return handle.createQuery("SELECT scored_items FROM review WHERE review_id = :id")
                .bind("id", reviewId).mapTo(Long.class).one();
    }

    /** The first save of a review starts it; a review already started or submitted is left as it is. */
    static void startIfNotStarted(Handle handle, long reviewId) {
        handle.createUpdate("UPDATE review SET status = :started WHERE review_id = :id AND status = :notStarted")
                .bind("started", ReviewStatus.IN_PROGRESS.key()).bind("notStarted", ReviewStatus.NOT_STARTED.key())
                .bind("id", reviewId).execute();
    }
}
