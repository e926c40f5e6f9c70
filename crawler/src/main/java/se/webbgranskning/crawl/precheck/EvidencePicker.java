package se.webbgranskning.crawl.precheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Chooses the passages to show for a suggestion: the best hit of each rule that fired, most telling rules first
 * (requirements, then signals, then plain evidence), each passage once. Within a rule, pages whose address names the
 * item (".../avgifter" for a fee item) come first, then pages nearest the start page.
 */
final class EvidencePicker {

    static final int MAX_PASSAGES = 5;

    /** Pages nearest the start page first, then by address: stable whatever order the crawl stored them in. */
    static final Comparator<PrecheckPage> PAGE_ORDER =
            Comparator.comparingInt(PrecheckPage::depthOrLast).thenComparing(PrecheckPage::url);

    private EvidencePicker() {
    }

    /**
     * @param ranked    hits grouped by rule, most telling rule first
     * @param preferred pages to quote first when a rule found several
     */
    static List<EvidencePassage> pick(List<List<Hit>> ranked, Predicate<PrecheckPage> preferred) {
        Comparator<Hit> hitOrder = Comparator.comparing((Hit hit) -> !preferred.test(hit.page()))
                .thenComparing(Hit::page, PAGE_ORDER)
                .thenComparingInt(hit -> hit.span().map(Span::start).orElse(Integer.MAX_VALUE));
        List<EvidencePassage> passages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<Hit> hits : ranked) {
            if (passages.size() >= MAX_PASSAGES) {
                break;
            }
            hits.stream().filter(hit -> hit.span().isPresent()).sorted(hitOrder)
                    .map(EvidencePicker::passage)
                    .filter(passage -> !seen.contains(passage.pageId() + ":" + passage.start()))
                    .findFirst()
                    .ifPresent(passage -> {
                        seen.add(passage.pageId() + ":" + passage.start());
                        passages.add(passage);
                    });
        }
        return passages;
    }

    private static EvidencePassage passage(Hit hit) {
        String text = hit.page().text();
        Span span = Passages.around(text, hit.span().orElseThrow());
        return new EvidencePassage(hit.page().pageId(), hit.page().url(), text.substring(span.start(), span.end()),
                span.start(), hit.why());
    }
}
