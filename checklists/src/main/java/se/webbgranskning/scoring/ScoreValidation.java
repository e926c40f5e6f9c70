package se.webbgranskning.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;

/** Checks that a set of scores can give a final result: complete, on the scale, "ej tillämpligt" only where allowed. */
final class ScoreValidation {

    private ScoreValidation() {
    }

    static List<String> problems(Checklist checklist, Map<String, Score> scores) {
        List<String> problems = new ArrayList<>();
        scores.keySet().stream()
                .filter(itemId -> checklist.item(itemId).isEmpty())
                .sorted()
                .forEach(itemId -> problems.add("Punkten " + itemId + " finns inte i checklistan " + checklist.id() + "."));
        List<String> missing = new ArrayList<>();
        for (Item item : checklist.items()) {
            Score score = scores.get(item.id());
            if (score == null) {
                missing.add(item.id());
            } else if (score instanceof Score.Points points && checklist.scale().level(points.value()).isEmpty()) {
                problems.add("Punkt " + item.id() + ": " + points.value() + " finns inte på skalan "
                        + checklist.scale().values() + ".");
            } else if (score instanceof Score.NotApplicable && !item.allowsNotApplicable()) {
                problems.add("Punkt " + item.id() + ": får inte bedömas som \""
                        + checklist.scale().notApplicableLabel() + "\".");
            }
        }
        if (!missing.isEmpty()) {
            problems.add("Poäng saknas för " + String.join(", ", missing)
                    + " (ett slutligt resultat kräver poäng för alla punkter; saknade poäng räknas aldrig som 0).");
        }
        return problems;
    }
}
