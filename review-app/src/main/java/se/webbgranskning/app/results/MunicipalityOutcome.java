package se.webbgranskning.app.results;

import java.util.List;
import java.util.Map;

/**
 * One municipality's state in a round and, when {@link OutcomeState#FINAL}, its final score for every item.
 * {@code openItems} lists the items that still wait for the project lead's decision.
 */
public record MunicipalityOutcome(String kommunkod, String name, OutcomeState state, boolean doubleReviewed,
                                  Map<String, FinalScore> scores, List<String> openItems) {

    public MunicipalityOutcome {
        scores = Map.copyOf(scores);
        openItems = List.copyOf(openItems);
    }

    public boolean isFinal() {
        return state == OutcomeState.FINAL;
    }
}
