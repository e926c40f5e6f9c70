package se.webbgranskning.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.numbers.fraction.BigFraction;

import se.webbgranskning.checklist.Area;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;

/**
 * The Delindex 1 scoring model, exactly as DOMAIN.md defines it:
 * an area's fulfilment is the mean of score / max over its applicable items (weighted by item weight, all 1
 * unless the checklist says otherwise); Delindex 1 = 100 × Σ(area weight × fulfilment) / Σ(area weight),
 * both sums over the areas with at least one applicable item. Computed in exact fractions; rounding is for display.
 */
public final class Delindex1 {

    private static final BigFraction HUNDRED = BigFraction.of(100);

    private Delindex1() {
    }

    /**
     * @param scores item id → score; must cover every item of the checklist
     * @throws ScoringException listing every missing item id, unknown item, value off the scale and
     *                          "ej tillämpligt" where the item does not allow it
     */
    public static Delindex1Result calculate(Checklist checklist, Map<String, Score> scores) throws ScoringException {
        List<String> problems = ScoreValidation.problems(checklist, scores);
        if (!problems.isEmpty()) {
            throw new ScoringException(problems);
        }
        List<AreaFulfilment> areas = new ArrayList<>();
        BigFraction weightedSum = BigFraction.ZERO;
        BigFraction weightTotal = BigFraction.ZERO;
        for (Area area : checklist.areas()) {
            Optional<BigFraction> fulfilment = fulfilment(checklist, area, scores);
            areas.add(new AreaFulfilment(area.id(), fulfilment));
            if (fulfilment.isPresent()) {
                BigFraction weight = fraction(area.weight());
                weightedSum = weightedSum.add(weight.multiply(fulfilment.get()));
                weightTotal = weightTotal.add(weight);
            }
        }
        if (weightTotal.signum() == 0) {
            throw new ScoringException(List.of(
                    "Alla punkter är markerade som ej tillämpliga: Delindex 1 kan inte beräknas."));
        }
        return new Delindex1Result(HUNDRED.multiply(weightedSum).divide(weightTotal), areas);
    }

    private static Optional<BigFraction> fulfilment(Checklist checklist, Area area, Map<String, Score> scores) {
        BigFraction sum = BigFraction.ZERO;
        BigFraction weights = BigFraction.ZERO;
        int max = checklist.scale().maxValue();
        for (Item item : checklist.itemsOf(area)) {
            if (scores.get(item.id()) instanceof Score.Points points) {
                BigFraction weight = fraction(item.weight());
                sum = sum.add(weight.multiply(BigFraction.of(points.value(), max)));
                weights = weights.add(weight);
            }
        }
        return weights.signum() == 0 ? Optional.empty() : Optional.of(sum.divide(weights));
    }

    /** Exact conversion: weights such as 12.5 in the checklist must not pick up binary rounding. */
    static BigFraction fraction(BigDecimal value) {
        return value.scale() <= 0
                ? BigFraction.of(value.toBigIntegerExact())
                : BigFraction.of(value.unscaledValue(), java.math.BigInteger.TEN.pow(value.scale()));
    }
}
