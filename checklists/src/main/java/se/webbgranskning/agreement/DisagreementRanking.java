package se.webbgranskning.agreement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ranks checklist items so that the ones reviewers disagree on most come first: these are the items whose
 * description or examples most likely need sharpening before the next round.
 */
public final class DisagreementRanking {

    /**
     * Lowest exact agreement first; among equals, the item with more pairs first (the same share of disagreement
     * on more evidence is the stronger signal); then by item id so the order is stable. Items without pairs have
     * no agreement to rank and come last.
     */
    private static final Comparator<ItemAgreement> MOST_DISAGREEMENT_FIRST = Comparator
            .comparingDouble((ItemAgreement item) -> item.agreement().exactAgreementPercent().orElse(Double.POSITIVE_INFINITY))
            .thenComparing(item -> item.agreement().pairs(), Comparator.reverseOrder())
            .thenComparing(ItemAgreement::itemId);

    private DisagreementRanking() {
    }

    /**
     * @param pairsByItem rating pairs per item id
     * @param maxPoints   the top of the checklist's scale
     * @return every item with its agreement, most disagreement first
     * @throws IllegalArgumentException as {@link Agreement#of} for ratings off the scale
     */
    public static List<ItemAgreement> rank(Map<String, List<RatingPair>> pairsByItem, int maxPoints) {
        Objects.requireNonNull(pairsByItem, "pairsByItem");
        return pairsByItem.entrySet().stream()
                .map(entry -> new ItemAgreement(entry.getKey(), Agreement.of(entry.getValue(), maxPoints)))
                .sorted(MOST_DISAGREEMENT_FIRST)
                .toList();
    }
}
