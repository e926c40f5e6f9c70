package se.webbgranskning.crawl.precheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.webbgranskning.checklist.MatchPlace;
import se.webbgranskning.checklist.PresenceRule;
import se.webbgranskning.checklist.Requirement;

/**
 * Checks the requirements of an item's presence rule: each is met by any of its terms, patterns or links on the
 * pages in scope; with {@code onOnePage} they must be met together on one page. One met sufficient requirement
 * satisfies the rule on its own.
 */
final class RequirementCheck {

    private final List<String> missing;
    private final List<List<Hit>> hits;
    private final List<String> rulesFired;

    private RequirementCheck(List<String> missing, List<List<Hit>> hits, List<String> rulesFired) {
        this.missing = missing;
        this.hits = hits;
        this.rulesFired = rulesFired;
    }

    static RequirementCheck of(PresenceRule rule, Finder finder, List<PrecheckPage> pages) {
        Map<Requirement, List<Hit>> found = new LinkedHashMap<>();
        for (Requirement requirement : rule.requires()) {
            found.put(requirement, find(requirement, finder, pages));
        }
        List<Requirement> needed = rule.requires().stream().filter(r -> !r.sufficient()).toList();
        if (rule.onOnePage() && !needed.isEmpty()) {
            bestPage(needed, found).ifPresent(page -> needed.forEach(r ->
                    found.put(r, found.get(r).stream().filter(hit -> hit.page() == page).toList())));
            if (bestPage(needed, found).isEmpty()) {
                // No page holds them all: keep only the page that holds most, so the reviewer sees how far it got.
                PrecheckPage most = pageWithMost(needed, found);
                needed.forEach(r -> found.put(r, most == null ? List.of()
                        : found.get(r).stream().filter(hit -> hit.page() == most).toList()));
            }
        }
        boolean sufficientMet = rule.requires().stream().anyMatch(r -> r.sufficient() && !found.get(r).isEmpty());
        boolean neededMet = !needed.isEmpty() && needed.stream().allMatch(r -> !found.get(r).isEmpty());
        boolean satisfied = rule.requires().isEmpty() || sufficientMet || neededMet;

        List<String> missing = new ArrayList<>();
        if (!satisfied) {
            List<Requirement> open = needed.isEmpty() ? rule.requires() : needed;
            open.stream().filter(r -> found.get(r).isEmpty()).forEach(r -> missing.add("requires:" + r.name()));
        }
        List<List<Hit>> hits = new ArrayList<>();
        List<String> fired = new ArrayList<>();
        found.forEach((requirement, list) -> {
            if (!list.isEmpty()) {
                hits.add(list);
                fired.add(ItemEvaluator.requirementRule(requirement, requirement.sufficient()));
            }
        });
        return new RequirementCheck(missing, hits, fired);
    }

    List<String> missing() {
        return missing;
    }

    /** The hits of each met requirement, in the rule's order. */
    List<List<Hit>> hits() {
        return hits;
    }

    List<String> rulesFired() {
        return rulesFired;
    }

    private static List<Hit> find(Requirement requirement, Finder finder, List<PrecheckPage> pages) {
        String rule = "requires:" + requirement.name();
        List<Hit> hits = new ArrayList<>();
        for (String term : requirement.terms()) {
            SwedishTerm swedish = SwedishTerm.of(term);
            hits.addAll(requirement.in() == MatchPlace.HEADING
                    ? finder.heading(rule, swedish, pages) : finder.term(rule, swedish, pages));
        }
        for (String pattern : requirement.patterns()) {
            hits.addAll(finder.pattern(rule, ItemEvaluator.compile(pattern), pages));
        }
        if (!requirement.linkKinds().isEmpty()) {
            hits.addAll(finder.links(rule, requirement.linkKinds(), SwedishTerm.all(requirement.linkAbout()), pages));
        }
        return hits;
    }

    /** The first page (in scope order) on which every needed requirement has a hit. */
    private static Optional<PrecheckPage> bestPage(List<Requirement> needed, Map<Requirement, List<Hit>> found) {
        return found.get(needed.get(0)).stream().map(Hit::page).distinct()
                .filter(page -> needed.stream().allMatch(r -> found.get(r).stream().anyMatch(hit -> hit.page() == page)))
                .min(EvidencePicker.PAGE_ORDER);
    }

    private static PrecheckPage pageWithMost(List<Requirement> needed, Map<Requirement, List<Hit>> found) {
        Map<PrecheckPage, Integer> counts = new LinkedHashMap<>();
        for (Requirement requirement : needed) {
            found.get(requirement).stream().map(Hit::page).distinct().forEach(page -> counts.merge(page, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<PrecheckPage, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey, EvidencePicker.PAGE_ORDER))
                .map(Map.Entry::getKey).orElse(null);
    }
}
