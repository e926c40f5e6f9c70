package se.webbgranskning.app.precheck;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.webbgranskning.crawl.precheck.EvidencePassage;
import se.webbgranskning.crawl.precheck.ItemSuggestion;
import se.webbgranskning.crawl.precheck.Verdict;

/**
 * The suggestions as a plain-text table for a terminal: one line per item with its best passage, and under it
 * the rules that fired and what is missing.
 */
final class PrecheckTable {

    private static final int QUOTE_WIDTH = 70;

    private PrecheckTable() {
    }

    static String render(PrecheckReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Förhandskontroll av kommun ").append(report.kommunkod()).append(", omgång ").append(report.round())
                .append(", checklista ").append(report.checklist().id()).append(", dag ").append(report.day())
                .append(" (").append(report.pages()).append(report.pages() == 1 ? " sida" : " sidor").append(")\n\n");
        out.append(String.format("%-6s %-18s %-8s %s%n", "PUNKT", "FÖRSLAG", "SÄKERHET", "BÄSTA BELÄGG"));
        for (ItemSuggestion suggestion : report.suggestions()) {
            out.append(String.format("%-6s %-18s %-8s %s%n", suggestion.itemId(), suggestion.verdict().swedish(),
                    String.format(Locale.forLanguageTag("sv-SE"), "%.2f", suggestion.confidence()),
                    suggestion.evidence().isEmpty() ? "–" : describe(suggestion.evidence().get(0))));
            if (!suggestion.rulesFired().isEmpty()) {
                out.append(String.format("%-34s regler: %s%n", "", String.join(", ", suggestion.rulesFired())));
            }
            if (!suggestion.missing().isEmpty()) {
                out.append(String.format("%-34s saknas: %s%n", "", String.join(", ", suggestion.missing())));
            }
        }
        Map<Verdict, Long> counts = report.suggestions().stream()
                .collect(Collectors.groupingBy(ItemSuggestion::verdict, TreeMap::new, Collectors.counting()));
        out.append('\n').append(counts.entrySet().stream()
                .map(e -> capitalised(e.getKey().swedish()) + ": " + e.getValue())
                .collect(Collectors.joining(", "))).append('\n');
        return out.toString();
    }

    private static String describe(EvidencePassage passage) {
        String quote = passage.quote().replaceAll("\\s+", " ");
        if (quote.length() > QUOTE_WIDTH) {
            quote = quote.substring(0, QUOTE_WIDTH - 1) + "…";
        }
        return "”" + quote + "” (" + passage.why() + ") " + passage.url();
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
