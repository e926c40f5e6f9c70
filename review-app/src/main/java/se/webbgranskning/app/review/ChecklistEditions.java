package se.webbgranskning.app.review;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jdbi.v3.core.Jdbi;

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
    private final Map<String, Checklist> cache = new ConcurrentHashMap<>();

    public ChecklistEditions(Jdbi jdbi) {
        this.jdbi = jdbi;
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

    public Checklist require(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("checklist edition " + id + " is missing"));
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
