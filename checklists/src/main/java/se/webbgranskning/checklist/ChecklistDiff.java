package se.webbgranskning.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two checklist editions. Year-on-year comparisons may only use
 * {@link #comparableItems()}: items both editions share whose scoring-relevant definition is the same.
 */
public record ChecklistDiff(
        String fromId,
        String toId,
        List<String> added,
        List<String> removed,
        List<ItemChange> changed,
        List<String> comparableItems,
        List<String> editionChanges) {

    /**
     * How one shared item changed. Changes to the question, guidance, area, weight or the not-applicable rule
     * affect what a score means ({@code scoringFields}); tips and pre-check hints do not ({@code otherFields}).
     */
    public record ItemChange(String itemId, List<String> scoringFields, List<String> otherFields) {
        public boolean affectsScoring() {
            return !scoringFields.isEmpty();
        }
    }

    public static ChecklistDiff between(Checklist from, Checklist to) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<ItemChange> changed = new ArrayList<>();
        List<String> comparable = new ArrayList<>();
        List<String> editionChanges = editionChanges(from, to);
        boolean sameScale = from.scale().values().equals(to.scale().values());

        for (Item old : from.items()) {
            to.item(old.id()).ifPresentOrElse(current -> {
                ItemChange change = compare(old, current);
                if (!change.scoringFields().isEmpty() || !change.otherFields().isEmpty()) {
                    changed.add(change);
                }
                if (sameScale && !change.affectsScoring()) {
                    comparable.add(old.id());
                }
            }, () -> removed.add(old.id()));
        }
        for (Item current : to.items()) {
            if (from.item(current.id()).isEmpty()) {
                added.add(current.id());
            }
        }
        return new ChecklistDiff(from.id(), to.id(), added, removed, changed, comparable, editionChanges);
    }

    private static ItemChange compare(Item old, Item current) {
        Map<String, Function<Item, Object>> scoring = new LinkedHashMap<>();
        scoring.put("area", Item::areaId);
        scoring.put("weight", item -> item.weight().stripTrailingZeros());
        scoring.put("question", Item::question);
        scoring.put("guidance", Item::guidance);
        scoring.put("notApplicable", Item::notApplicable);
        Map<String, Function<Item, Object>> other = new LinkedHashMap<>();
        other.put("tip", Item::tip);
        other.put("precheck", Item::precheck);
        return new ItemChange(old.id(), differing(scoring, old, current), differing(other, old, current));
    }

    private static List<String> differing(Map<String, Function<Item, Object>> fields, Item old, Item current) {
        return fields.entrySet().stream()
                .filter(field -> !Objects.equals(field.getValue().apply(old), field.getValue().apply(current)))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<String> editionChanges(Checklist from, Checklist to) {
        List<String> changes = new ArrayList<>();
        if (!from.scale().values().equals(to.scale().values())) {
            changes.add("Skalan har ändrats från " + from.scale().values() + " till " + to.scale().values()
                    + ": inga poäng kan jämföras direkt mellan utgåvorna.");
        }
        for (Area old : from.areas()) {
            to.area(old.id()).ifPresentOrElse(current -> {
                if (old.weight().compareTo(current.weight()) != 0) {
                    changes.add("Område " + old.id() + ": vikten har ändrats från " + old.weight().toPlainString()
                            + " till " + current.weight().toPlainString() + ".");
                }
                if (!old.name().equals(current.name())) {
                    changes.add("Område " + old.id() + ": namnet har ändrats från \"" + old.name()
                            + "\" till \"" + current.name() + "\".");
                }
            }, () -> changes.add("Område " + old.id() + " (" + old.name() + ") finns inte längre."));
        }
        for (Area current : to.areas()) {
            if (from.area(current.id()).isEmpty()) {
                changes.add("Område " + current.id() + " (" + current.name() + ") är nytt.");
            }
        }
        return changes;
    }
}
