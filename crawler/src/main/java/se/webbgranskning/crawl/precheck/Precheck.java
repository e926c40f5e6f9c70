package se.webbgranskning.crawl.precheck;

import java.time.LocalDate;
import java.util.List;
import se.webbgranskning.checklist.Checklist;

/**
 * The pre-check: for a municipality's snapshot and a checklist edition, a suggestion per item (likely present,
 * partly, not found) with a confidence, the passages it rests on and the rules that fired, in checklist order.
 * Deterministic: the same snapshot, checklist and day give the same suggestions. The rules are the checklist's
 * pre-check hints plus the bundled vocabularies for kinds of links and provider lists.
 */
public final class Precheck {

    private static final class Bundled {
        private static final Precheck INSTANCE = new Precheck(LinkKindRules.bundled(), ProviderLists.bundled());
    }

    private final LinkKindRules linkKinds;
    private final ProviderLists providerLists;

    private Precheck(LinkKindRules linkKinds, ProviderLists providerLists) {
        this.linkKinds = linkKinds;
        this.providerLists = providerLists;
    }

    /** The pre-check with the bundled vocabularies, loaded once. */
    public static Precheck bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Suggestions with the bundled vocabularies.
     *
     * @param today the day the suggestions are for: what "current year" and "within twelve months" mean (the
     *              snapshot's day when reviewing a frozen snapshot)
     */
    public static List<ItemSuggestion> run(Checklist checklist, PrecheckInput input, LocalDate today) {
        return bundled().suggest(checklist, input, today);
    }

    public List<ItemSuggestion> suggest(Checklist checklist, PrecheckInput input, LocalDate today) {
        PageTexts texts = new PageTexts();
        TopicPages topic = new TopicPages(input, checklist.precheckTopic(), texts);
        Finder finder = new Finder(texts, linkKinds, new PageLookup(input));
        ItemEvaluator evaluator = new ItemEvaluator(topic, finder, new SignalChecks(topic, providerLists, today),
                texts);
        return checklist.items().stream().map(evaluator::evaluate).toList();
    }
}
