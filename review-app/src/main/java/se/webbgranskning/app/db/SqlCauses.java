package se.webbgranskning.app.db;

import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;

/** What a failure was caused by: jdbi wraps the driver's SQLException, and pools and callers may wrap it again. */
public final class SqlCauses {

    /** SQLSTATE of a unique or primary key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlCauses() {
    }

    /** The failure and its causes, outermost first. */
    public static Stream<Throwable> chain(Throwable failure) {
        return Stream.iterate(failure, cause -> cause != null,
                cause -> cause.getCause() == cause ? null : cause.getCause());
    }

    /** The outermost SQLException in the chain, if any. */
    public static Optional<SQLException> sqlException(Throwable failure) {
        return chain(failure).filter(SQLException.class::isInstance).map(SQLException.class::cast).findFirst();
    }

    /** Whether a statement failed because a row with the same key exists already. */
    public static boolean isDuplicateKey(Throwable failure) {
        return chain(failure).anyMatch(cause -> cause instanceof SQLException sql
                && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }
}
