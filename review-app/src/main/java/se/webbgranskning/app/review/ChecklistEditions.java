package se.webbgranskning.app.review;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.UserError;
import se.webbgranskning.app.audit.AuditLog;

import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.ChecklistException;
import se.webbgranskning.checklist.ChecklistLoader;

/**
 * The checklist editions a review round may use: the bundled ones and those an admin uploaded. An edition is
 * immutable once a round uses it, so parsed editions are cached by id.
 */
public final class ChecklistEditions {

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final java.time.Clock clock;
    private final Map<String, Checklist> cache = new ConcurrentHashMap<>();

    public ChecklistEditions(Jdbi jdbi, AuditLog audit, java.time.Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    public List<String> ids() {
        List<String> ids = new ArrayList<>(BundledChecklists.ids());
        ids.addAll(jdbi.withHandle(handle -> handle.createQuery(
                "SELECT checklist_id FROM checklist_edition ORDER BY checklist_id").mapTo(String.class).list()));
        return ids;
    }

    public Optional<Checklist> find(String id) {
        Checklist cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Checklist> found = BundledChecklists.load(id).or(() -> uploaded(id));
        found.ifPresent(checklist -> cache.put(id, checklist));
        return found;
    }

    /**
     * The edition that counts now: the one of the newest review round, or the newest bundled edition before any
     * round exists. What the public checklist shows and what a municipality's preview checks against.
     */
    public String currentId(List<ReviewRound> roundsNewestFirst) {
        if (!roundsNewestFirst.isEmpty()) {
            return roundsNewestFirst.get(0).checklistId();
        }
        List<String> bundled = BundledChecklists.ids();
        return bundled.get(bundled.size() - 1);
    }

    public Checklist require(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("checklist edition " + id + " is missing"));
    }

    /**
     * Stores an uploaded edition after validating it as {@code checklist validate} does. Editions never change
     * once stored (rounds refer to them by id), so an id already in use is refused.
     *
     * @throws ChecklistException with every problem, each naming its item and field
     */
    public Checklist upload(String actor, String fileName, byte[] yaml) throws ChecklistException {
        Checklist checklist = ChecklistLoader.load(new ByteArrayInputStream(yaml), fileName);
        if (find(checklist.id()).isPresent()) {
            throw new UserError("Det finns redan en checklista med id " + checklist.id() + ". En utgåva ändras"
                    + " aldrig; ge den nya utgåvan ett eget id.");
        }
        jdbi.useTransaction(handle -> {
            handle.createUpdate("INSERT INTO checklist_edition (checklist_id, yaml, uploaded_by, uploaded_at)"
                            + " VALUES (:id, :yaml, :by, :at)")
                    .bind("id", checklist.id())
                    .bind("yaml", new String(yaml, StandardCharsets.UTF_8))
                    .bind("by", actor)
                    .bind("at", java.time.OffsetDateTime.now(clock))
                    .execute();
            audit.record(handle, actor, "checklista uppladdad", "checklista " + checklist.id(), null, null, fileName);
        });
        return checklist;
    }

    /** Whether an edition is bundled in the jar (else it was uploaded). */
    public boolean bundled(String id) {
        return BundledChecklists.ids().contains(id);
    }

    private Optional<Checklist> uploaded(String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT yaml FROM checklist_edition WHERE checklist_id = :id")
                        .bind("id", id).mapTo(String.class).findOne())
                .map(yaml -> parseStored(id, yaml));
    }

    private static Checklist parseStored(String id, String yaml) {
        try {
            return ChecklistLoader.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), id + ".yaml");
        } catch (ChecklistException e) {
            // Only validated editions are stored; failing here means the database was edited by hand.
            throw new IllegalStateException("stored checklist edition " + id + " is invalid: " + e.getMessage(), e);
        }
    }
}
