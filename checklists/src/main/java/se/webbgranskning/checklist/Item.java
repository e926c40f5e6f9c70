package se.webbgranskning.checklist;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One checklist question. {@code guidance} maps every scale value to what counts as that score;
 * {@code notApplicable} is present only where "ej tillämpligt" is an allowed answer.
 */
public record Item(
        String id,
        String areaId,
        BigDecimal weight,
        String question,
        Map<Integer, String> guidance,
        Optional<NotApplicableRule> notApplicable,
        Tip tip,
        PrecheckHints precheck) {

    public Item {
        guidance = Map.copyOf(guidance);
    }

    public boolean allowsNotApplicable() {
        return notApplicable.isPresent();
    }
}
