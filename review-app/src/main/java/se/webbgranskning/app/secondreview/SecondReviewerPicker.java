package se.webbgranskning.app.secondreview;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.webbgranskning.app.auth.User;

/**
 * Chooses the second reviewer for each drawn municipality: never its first reviewer; among the others, the one
 * with the fewest second reviews so far, then the fewest reviews in the round, then by username, so that the
 * extra work is spread as evenly as the first reviews allow.
 */
final class SecondReviewerPicker {

    private SecondReviewerPicker() {
    }

    /**
     * @param drawn         kommunkoder in draw order
     * @param firstReviewer the first reviewer's user id per drawn kommunkod
     * @param roundLoad     how many reviews each reviewer already has in the round (missing = 0)
     * @return kommunkod → chosen reviewer, in draw order; empty when some municipality has no other reviewer
     */
    static Optional<Map<String, User>> pick(List<String> drawn, Map<String, Long> firstReviewer,
                                            List<User> reviewers, Map<Long, Integer> roundLoad) {
        Map<Long, Integer> secondLoad = new HashMap<>();
        Map<Long, Integer> totalLoad = new HashMap<>(roundLoad);
        Map<String, User> chosen = new LinkedHashMap<>();
        for (String code : drawn) {
            long first = firstReviewer.get(code);
            Optional<User> pick = reviewers.stream()
                    .filter(user -> user.id() != first)
                    .min(Comparator.comparingInt((User user) -> secondLoad.getOrDefault(user.id(), 0))
                            .thenComparingInt(user -> totalLoad.getOrDefault(user.id(), 0))
                            .thenComparing(User::username));
            if (pick.isEmpty()) {
                return Optional.empty();
            }
            chosen.put(code, pick.get());
            secondLoad.merge(pick.get().id(), 1, Integer::sum);
            totalLoad.merge(pick.get().id(), 1, Integer::sum);
        }
        return Optional.of(chosen);
    }
}
