package se.webbgranskning.app.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The append-only audit log: who changed what, when, from which value to which. Written in the same
 * transaction as the change it describes, so that neither exists without the other.
 */
public final class AuditLog {

    /** One entry; values are as the user saw them, null where there was none. */
    public record Entry(long auditId, OffsetDateTime at, String actor, String action, String subject,
                        String itemId, String beforeValue, String afterValue) {
    }

    private static final int MAX_VALUE = 4000;

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditLog(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** An entry on its own, for a change that writes nothing else to the database (e.g. starting a crawl). */
    public void record(String actor, String action, String subject, String itemId, String before, String after) {
        jdbi.useHandle(handle -> record(handle, actor, action, subject, itemId, before, after));
    }

    public void record(Handle handle, String actor, String action, String subject, String itemId,
                       String before, String after) {
        handle.createUpdate("INSERT INTO audit_log (at, actor, action, subject, item_id, before_value, after_value)"
                        + " VALUES (:at, :actor, :action, :subject, :item, :before, :after)")
                .bind("at", OffsetDateTime.now(clock))
                .bind("actor", actor)
                .bind("action", action)
                .bind("subject", subject)
                .bind("item", itemId)
                .bind("before", cut(before))
                .bind("after", cut(after))
                .execute();
    }

    public List<Entry> forSubject(String subject) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT audit_id, at, actor, action, subject, item_id,"
                        + " before_value, after_value FROM audit_log WHERE subject = :subject ORDER BY audit_id")
                .bind("subject", subject)
                .registerRowMapper(ConstructorMapper.factory(Entry.class))
                .mapTo(Entry.class)
                .list());
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
    }
}
