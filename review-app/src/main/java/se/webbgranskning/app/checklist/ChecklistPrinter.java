package se.webbgranskning.app.checklist;

import java.io.PrintWriter;

import se.webbgranskning.checklist.Area;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.checklist.ScaleLevel;

/** Prints a checklist edition as plain text for {@code checklist show}. */
final class ChecklistPrinter {

    private ChecklistPrinter() {
    }

    static void print(Checklist checklist, PrintWriter out) {
        out.printf("%s – %s (%d)%n", checklist.id(), checklist.title(), checklist.year());
        out.print("Skala:");
        for (ScaleLevel level : checklist.scale().levels()) {
            out.printf(" %d %s,", level.value(), level.label());
        }
        out.printf(" – %s (där punkten tillåter det)%n", checklist.scale().notApplicableLabel());
        for (Area area : checklist.areas()) {
            out.printf("%n%s. %s (vikt %s)%n", area.id(), area.name(), area.weight().toPlainString());
            for (Item item : checklist.itemsOf(area)) {
                out.printf("  %-4s %s%s%n", item.id(), item.question(),
                        item.notApplicable().map(rule -> " [ej tillämpligt om: " + rule.when() + "]").orElse(""));
            }
        }
    }
}
