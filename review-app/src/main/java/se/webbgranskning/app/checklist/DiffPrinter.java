package se.webbgranskning.app.checklist;

import java.io.PrintWriter;
import java.util.List;

import se.webbgranskning.checklist.ChecklistDiff;
import se.webbgranskning.checklist.ChecklistDiff.ItemChange;

/** Prints a {@link ChecklistDiff} for {@code checklist diff}. */
final class DiffPrinter {

    private DiffPrinter() {
    }

    static void print(ChecklistDiff diff, PrintWriter out) {
        out.printf("Jämförelse %s → %s%n", diff.fromId(), diff.toId());
        for (String change : diff.editionChanges()) {
            out.println("  " + change);
        }
        line(out, "Tillagda punkter", diff.added());
        line(out, "Borttagna punkter", diff.removed());
        out.printf("Ändrade punkter: %s%n", diff.changed().isEmpty() ? "inga" : "");
        for (ItemChange change : diff.changed()) {
            out.printf("  %-4s %s%n", change.itemId(), describe(change));
        }
        line(out, "Jämförbara punkter (" + diff.comparableItems().size() + ")", diff.comparableItems());
    }

    private static String describe(ItemChange change) {
        StringBuilder text = new StringBuilder();
        if (change.affectsScoring()) {
            text.append("ändrad bedömning: ").append(String.join(", ", change.scoringFields()))
                    .append(" – inte jämförbar mellan utgåvorna");
        }
        if (!change.otherFields().isEmpty()) {
            text.append(text.length() == 0 ? "" : "; ").append("ändrat stöd: ").append(String.join(", ", change.otherFields()))
                    .append(change.affectsScoring() ? "" : " – fortfarande jämförbar");
        }
        return text.toString();
    }

    private static void line(PrintWriter out, String label, List<String> ids) {
        out.printf("%s: %s%n", label, ids.isEmpty() ? "inga" : String.join(", ", ids));
    }
}
