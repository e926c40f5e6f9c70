package se.webbgranskning.app.db.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders tables so that every table comes after the tables its foreign keys refer to: loading them in this order
 * never needs constraints switched off, which PostgreSQL and H2 do differently.
 */
final class TableOrder {

    private TableOrder() {
    }

    /**
     * @param references for each table (by key), the keys of the tables it refers to
     * @throws TransferException if foreign keys form a cycle between tables (a table referring to itself is fine:
     *                           its rows are loaded in primary-key order)
     */
    static List<TableShape> sort(List<TableShape> tables, Map<String, Set<String>> references) {
        Map<String, TableShape> byKey = new LinkedHashMap<>();
        tables.forEach(t -> byKey.put(t.key(), t));
        List<TableShape> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String key : byKey.keySet()) {
            visit(key, byKey, references, done, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(String key, Map<String, TableShape> byKey, Map<String, Set<String>> references,
            Set<String> done, Set<String> visiting, List<TableShape> ordered) {
        if (done.contains(key) || !byKey.containsKey(key)) {
            return;
        }
        if (!visiting.add(key)) {
            throw new TransferException("Tabellerna " + String.join(", ", visiting)
                    + " refererar till varandra i en cirkel och kan inte kopieras i någon ordning.");
        }
        for (String referred : references.getOrDefault(key, Set.of())) {
            if (!referred.equals(key)) {
                visit(referred, byKey, references, done, visiting, ordered);
            }
        }
        visiting.remove(key);
        done.add(key);
        ordered.add(byKey.get(key));
    }
}
