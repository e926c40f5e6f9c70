package se.webbgranskning.crawl.precheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Checklist;

/**
 * Measures the pre-check on the labelled fixture snapshots: precision and recall of "likely present" per item and
 * overall, written to {@code target/precheck-report.txt}. Both must be at least 0.9 overall and for every item that
 * has positives. An item without positives has no recall; its false positives still count against the overall
 * precision and are listed, but it has no threshold of its own (one stray suggestion would be a precision of 0).
 */
class PrecheckMeasurementTest {

    /** The review date the labels were written for. */
    static final LocalDate REVIEW_DAY = LocalDate.of(2026, 8, 15);
    private static final double REQUIRED = 0.9;

    @Test
    void precisionAndRecallOfLikelyPresentAreAtLeastNinetyPercent() throws IOException {
        PrecheckFixtureCrawl crawl = PrecheckFixtureCrawl.get();
        Checklist checklist = BundledChecklists.load("delindex1-2026").orElseThrow();
        List<PrecheckLabels.Label> labels = PrecheckLabels.load();
        Map<String, Map<String, ItemSuggestion>> suggestions = new HashMap<>();
        for (String code : labels.stream().map(PrecheckLabels.Label::kommunkod).distinct().toList()) {
            PrecheckInput input = new PrecheckInputReader(crawl.jdbi).read(crawl.round, code).orElseThrow();
            Map<String, ItemSuggestion> byItem = new LinkedHashMap<>();
            Precheck.run(checklist, input, REVIEW_DAY).forEach(s -> byItem.put(s.itemId(), s));
            suggestions.put(code, byItem);
        }

        Map<String, Counts> perItem = new TreeMap<>();
        Counts overall = new Counts();
        StringBuilder mismatches = new StringBuilder();
        StringBuilder otherLevels = new StringBuilder();
        int exact = 0;
        for (PrecheckLabels.Label label : labels) {
            ItemSuggestion suggestion = suggestions.get(label.kommunkod()).get(label.item());
            boolean predicted = suggestion.verdict() == Verdict.LIKELY_PRESENT;
            perItem.computeIfAbsent(label.item(), item -> new Counts()).add(label.positive(), predicted);
            overall.add(label.positive(), predicted);
            if (suggestion.verdict().name().equals(label.expected())
                    || (label.expected().equals("NOT_APPLICABLE") && !predicted)) {
                exact++;
            } else if (label.positive() == predicted) {
                otherLevels.append(String.format(Locale.ROOT, "  %s %s expected %s, got %s; fired %s; missing %s%n",
                        label.kommunkod(), label.item(), label.expected(), suggestion.verdict(),
                        suggestion.rulesFired(), suggestion.missing()));
            }
            if (label.positive() != predicted) {
                mismatches.append(String.format(Locale.ROOT, "  %s %s expected %s, got %s; fired %s; missing %s%n    label: %s%n",
                        label.kommunkod(), label.item(), label.expected(), suggestion.verdict(),
                        suggestion.rulesFired(), suggestion.missing(), label.comment()));
                suggestion.evidence().forEach(e -> mismatches.append("    evidence: ").append(e.url()).append(" ”")
                        .append(e.quote().replace('\n', ' ')).append("” (").append(e.why()).append(")\n"));
            }
        }

        String report = report(perItem, overall, exact, labels.size(), mismatches.toString(), otherLevels.toString());
        Files.writeString(Path.of("target", "precheck-report.txt"), report);
        System.out.print(report.substring(0, report.indexOf("\nExact")) + "\n(full report: target/precheck-report.txt)\n");

        assertThat(overall.precision()).as("overall precision\n" + report).isGreaterThanOrEqualTo(REQUIRED);
        assertThat(overall.recall()).as("overall recall\n" + report).isGreaterThanOrEqualTo(REQUIRED);
        perItem.forEach((item, counts) -> {
            if (counts.positives() > 0) {
                assertThat(counts.precision()).as("precision of " + item + "\n" + report).isGreaterThanOrEqualTo(REQUIRED);
                assertThat(counts.recall()).as("recall of " + item + "\n" + report).isGreaterThanOrEqualTo(REQUIRED);
            }
        });
    }

    private static String report(Map<String, Counts> perItem, Counts overall, int exact, int total, String mismatches,
                                 String otherLevels) {
        StringBuilder out = new StringBuilder();
        out.append("Pre-check measured on the labelled fixture snapshots (positive = LIKELY_PRESENT, review day ")
                .append(REVIEW_DAY).append(")\n\n");
        out.append(String.format(Locale.ROOT, "%-5s %4s %4s %4s %4s %9s %9s%n", "item", "TP", "FP", "FN", "TN",
                "precision", "recall"));
        perItem.forEach((item, counts) -> out.append(counts.row(item)));
        out.append(overall.row("all"));
        out.append(String.format(Locale.ROOT, "%nExact three-level agreement (NOT_APPLICABLE counts as agreeing with "
                + "any verdict but LIKELY_PRESENT): %d of %d%n", exact, total));
        out.append("Items without positives have no recall (–); their false positives count in the overall precision.\n");
        out.append(mismatches.isEmpty() ? "\nNo mismatches.\n" : "\nMismatches:\n" + mismatches);
        out.append(otherLevels.isEmpty() ? "" : "\nPartly versus not found (not measured, for tuning):\n" + otherLevels);
        return out.toString();
    }

    private static final class Counts {
        private int truePositives;
        private int falsePositives;
        private int falseNegatives;
        private int trueNegatives;

        void add(boolean expected, boolean predicted) {
            if (expected && predicted) {
                truePositives++;
            } else if (predicted) {
                falsePositives++;
            } else if (expected) {
                falseNegatives++;
            } else {
                trueNegatives++;
            }
        }

        int positives() {
            return truePositives + falseNegatives;
        }

        /** Precision with nothing predicted positive is 1: no suggestion was wrong. */
        double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        double recall() {
            return positives() == 0 ? Double.NaN : (double) truePositives / positives();
        }

        String row(String name) {
            String recall = positives() == 0 ? "–" : String.format(Locale.ROOT, "%.2f", recall());
            String precision = truePositives + falsePositives == 0 ? "–" : String.format(Locale.ROOT, "%.2f", precision());
            return String.format(Locale.ROOT, "%-5s %4d %4d %4d %4d %9s %9s%n", name, truePositives, falsePositives,
                    falseNegatives, trueNegatives, precision, recall);
        }
    }
}
