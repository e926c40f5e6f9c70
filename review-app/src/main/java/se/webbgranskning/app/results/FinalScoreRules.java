package se.webbgranskning.app.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.webbgranskning.app.review.ItemAnswer;
import se.webbgranskning.app.review.ReviewStatus;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;

/**
 * How a municipality's reviews become final scores. A single submitted review counts as it is. With a second
 * review, both must be submitted; items they agree on are adopted, the others take the project lead's decision,
 * and a decision counts only while both reviews still hold the scores it settled.
 */
final class FinalScoreRules {

    /** One review's status and its saved score keys by item id. */
    record ReviewAnswers(ReviewStatus status, Map<String, String> scoreKeys) {
        boolean submitted() {
            return status == ReviewStatus.SUBMITTED;
        }
    }

    private FinalScoreRules() {
    }

    static MunicipalityOutcome resolve(Checklist checklist, String kommunkod, String name,
                                       Optional<ReviewAnswers> first, Optional<ReviewAnswers> second,
                                       Map<String, Adjudication> adjudications) {
        boolean doubleReviewed = second.isPresent();
        if (first.isEmpty()) {
            return notFinal(kommunkod, name, OutcomeState.NOT_ASSIGNED, doubleReviewed);
        }
        if (!first.get().submitted() || !complete(checklist, first.get())) {
            return notFinal(kommunkod, name, OutcomeState.IN_REVIEW, doubleReviewed);
        }
        if (second.isPresent() && (!second.get().submitted() || !complete(checklist, second.get()))) {
            return notFinal(kommunkod, name, OutcomeState.AWAITING_SECOND, doubleReviewed);
        }
        Map<String, FinalScore> scores = new LinkedHashMap<>();
        List<String> open = new ArrayList<>();
        for (Item item : checklist.items()) {
            String firstKey = first.get().scoreKeys().get(item.id());
            if (second.isEmpty()) {
                scores.put(item.id(), new FinalScore(item.id(), ItemAnswer.parse(firstKey), ScoreSource.SINGLE, ""));
                continue;
            }
            String secondKey = second.get().scoreKeys().get(item.id());
            Adjudication decision = adjudications.get(item.id());
            if (firstKey.equals(secondKey)) {
                scores.put(item.id(), new FinalScore(item.id(), ItemAnswer.parse(firstKey), ScoreSource.AGREED, ""));
            } else if (decision != null && decision.settles(firstKey, secondKey)) {
                scores.put(item.id(), new FinalScore(item.id(), ItemAnswer.parse(decision.finalScore()),
                        ScoreSource.ADJUDICATED, decision.reason()));
            } else {
                open.add(item.id());
            }
        }
        OutcomeState state = open.isEmpty() ? OutcomeState.FINAL : OutcomeState.AWAITING_ADJUDICATION;
        return new MunicipalityOutcome(kommunkod, name, state, doubleReviewed, scores, open);
    }

    private static boolean complete(Checklist checklist, ReviewAnswers answers) {
        return checklist.items().stream().allMatch(item -> answers.scoreKeys().get(item.id()) != null);
    }

    private static MunicipalityOutcome notFinal(String kommunkod, String name, OutcomeState state,
                                                boolean doubleReviewed) {
        return new MunicipalityOutcome(kommunkod, name, state, doubleReviewed, Map.of(), List.of());
    }
}
