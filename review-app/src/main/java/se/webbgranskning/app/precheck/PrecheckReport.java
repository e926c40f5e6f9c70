package se.webbgranskning.app.precheck;

import java.time.LocalDate;
import java.util.List;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.crawl.precheck.ItemSuggestion;

/** What the {@code precheck} command prints: which snapshot, checklist and day, and the suggestions. */
record PrecheckReport(String round, String kommunkod, Checklist checklist, LocalDate day, int pages,
                      List<ItemSuggestion> suggestions) {
}
