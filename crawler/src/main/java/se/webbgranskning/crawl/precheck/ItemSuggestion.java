package se.webbgranskning.crawl.precheck;

import java.util.List;

/**
 * The pre-check's suggestion for one checklist item.
 *
 * @param confidence how sure the suggestion is, 0–1, rounded to two decimals
 * @param evidence   the best passages, most telling first
 * @param rulesFired the rules that found something, e.g. {@code term:städning}, {@code requires:omvårdnad},
 *                   {@code signal:click-depth}; never empty unless nothing was found
 * @param missing    what kept the item from "likely present": requirement names and signals not met
 */
public record ItemSuggestion(String itemId, Verdict verdict, double confidence, List<EvidencePassage> evidence,
                             List<String> rulesFired, List<String> missing) {

    public ItemSuggestion {
        evidence = List.copyOf(evidence);
        rulesFired = List.copyOf(rulesFired);
        missing = List.copyOf(missing);
    }
}
