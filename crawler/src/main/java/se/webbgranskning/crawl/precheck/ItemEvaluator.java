package se.webbgranskning.crawl.precheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.checklist.PrecheckHints;
import se.webbgranskning.checklist.PrecheckScope;
import se.webbgranskning.checklist.PresenceRule;
import se.webbgranskning.checklist.Requirement;
import se.webbgranskning.checklist.Signal;

/**
 * Suggests a verdict for one item: collects the evidence its hints find in its scope, checks its signals and the
 * requirements of its presence rule, and decides. Nothing found: not found. Everything the rule needs: likely
 * present. Anything between: partly, with what is missing named.
 */
final class ItemEvaluator {

    /** Bounded by the patterns of the checklists in use: a few hundred. */
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private final TopicPages topic;
    private final Finder finder;
    private final SignalChecks signals;
    private final PageTexts texts;

    ItemEvaluator(TopicPages topic, Finder finder, SignalChecks signals, PageTexts texts) {
        this.topic = topic;
        this.finder = finder;
        this.signals = signals;
        this.texts = texts;
    }

    ItemSuggestion evaluate(Item item) {
        PrecheckHints hints = item.precheck();
        PresenceRule rule = hints.present();
        List<PrecheckPage> pages = hints.scope() == PrecheckScope.SITE ? topic.all() : topic.onTopic();

        Map<String, List<Hit>> evidence = new LinkedHashMap<>();
        List<Hit> termHits = new ArrayList<>();
        for (String term : hints.terms()) {
            List<Hit> hits = finder.term("term:" + term, SwedishTerm.of(term), pages);
            put(evidence, "term:" + term, hits);
            termHits.addAll(hits);
        }
        for (int i = 0; i < hints.patterns().size(); i++) {
            put(evidence, "pattern:" + (i + 1), finder.pattern("pattern:" + (i + 1), compile(hints.patterns().get(i)), pages));
        }
        int distinctTerms = evidence.size();
        for (String word : hints.urlWords()) {
            put(evidence, "url-word:" + word, finder.urlWord("url-word:" + word, UrlWords.of(word), pages));
        }
        for (var kind : hints.linkKinds()) {
            put(evidence, "link-kind:" + kind.key(), finder.links("link-kind:" + kind.key(), List.of(kind), List.of(), pages));
        }

        List<SignalResult> signalResults = hints.signals().stream().map(s -> check(s, rule, termHits, pages)).toList();
        RequirementCheck requirements = RequirementCheck.of(rule, finder, pages);

        Set<String> missing = new LinkedHashSet<>(requirements.missing());
        signalResults.stream().filter(result -> !result.satisfied()).forEach(result -> missing.add("signal:" + result.signal().key()));
        if (distinctTerms < rule.minTerms()) {
            missing.add("min-terms:" + rule.minTerms());
        }

        // Only the item's own vocabulary and signals say that the subject is there at all; requirement words such
        // as "ring" or "kostar" are common and only decide between partly and likely present.
        boolean anything = !evidence.isEmpty() || signalResults.stream().anyMatch(result -> !result.hits().isEmpty());
        Verdict verdict = !anything ? Verdict.NOT_FOUND : missing.isEmpty() ? Verdict.LIKELY_PRESENT : Verdict.PARTLY;

        List<String> rulesFired = new ArrayList<>(requirements.rulesFired());
        signalResults.stream().filter(result -> !result.hits().isEmpty()).forEach(result -> rulesFired.add(result.rule()));
        rulesFired.addAll(evidence.keySet());

        List<List<Hit>> ranked = new ArrayList<>(requirements.hits());
        signalResults.forEach(result -> ranked.add(result.hits()));
        ranked.addAll(evidence.values());
        int checks = rule.requires().size() + signalResults.size() + 1;
        double confidence = Confidence.of(verdict, checks - missing.size(), checks, rulesFired.size(),
                pages.size(), topic.all().isEmpty());
        List<UrlWords> itemUrlWords = UrlWords.all(hints.urlWords());
        List<EvidencePassage> passages = verdict == Verdict.NOT_FOUND ? List.of()
                : EvidencePicker.pick(ranked, page -> itemUrlWords.stream().anyMatch(w -> texts.urlNames(page, w)));
        return new ItemSuggestion(item.id(), verdict, confidence, passages,
                verdict == Verdict.NOT_FOUND ? List.of() : rulesFired,
                verdict == Verdict.LIKELY_PRESENT ? List.of() : List.copyOf(missing));
    }

    private SignalResult check(Signal signal, PresenceRule rule, List<Hit> termHits, List<PrecheckPage> pages) {
        return switch (signal) {
            case CLICK_DEPTH -> signals.clickDepth(rule);
            case KRONOR_AMOUNT -> signals.kronorAmount(termHits);
            case CURRENT_YEAR -> {
                SignalResult amounts = signals.kronorAmount(termHits);
                yield signals.currentYear(amounts.hits().isEmpty() ? termHits : amounts.hits());
            }
            case LAST_UPDATED_DATE -> signals.lastUpdated(rule);
            case PROVIDER_LIST -> signals.providerList(pages);
        };
    }

    private static void put(Map<String, List<Hit>> evidence, String rule, List<Hit> hits) {
        if (!hits.isEmpty()) {
            evidence.put(rule, hits);
        }
    }

    /** Compiled once per pattern: every municipality of a round is checked with the same checklist. */
    static Pattern compile(String pattern) {
        return COMPILED.computeIfAbsent(pattern,
                source -> Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Convenience for the requirement check: the rule ids of a requirement. */
    static String requirementRule(Requirement requirement, boolean alone) {
        return (alone ? "sufficient:" : "requires:") + requirement.name();
    }
}
