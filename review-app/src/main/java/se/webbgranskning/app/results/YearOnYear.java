package se.webbgranskning.app.results;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.numbers.fraction.BigFraction;

import se.webbgranskning.app.review.ChecklistEditions;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.review.ReviewRounds;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.ChecklistDiff;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.scoring.Delindex1;
import se.webbgranskning.scoring.Score;
import se.webbgranskning.scoring.ScoringException;

/**
 * A municipality's result against its result in an earlier round. When the rounds used different checklist
 * editions only the items both share unchanged ({@link ChecklistDiff#comparableItems()}) are compared, and both
 * scores are recomputed over just those items with the current edition's weights, so that the two numbers
 * measure the same thing.
 */
public final class YearOnYear {

    /** One item's final score then and now. */
    public record ItemChange(Item item, Score before, Score now) {
        public boolean changed() {
            return !before.equals(now);
        }
    }

    /**
     * The comparison with {@code earlier}: the two scores over the compared items (exact), the items compared,
     * and the current items left out because the earlier edition lacks them or defined them differently.
     */
    public record Comparison(ReviewRound earlier, boolean sameEdition, BigFraction earlierScore,
                             BigFraction currentScore, List<ItemChange> items, List<String> leftOut) {
        public Comparison {
            items = List.copyOf(items);
            leftOut = List.copyOf(leftOut);
        }
    }

    private final ReviewRounds rounds;
    private final RoundResults results;
    private final ChecklistEditions editions;

    public YearOnYear(ReviewRounds rounds, RoundResults results, ChecklistEditions editions) {
        this.rounds = rounds;
        this.results = results;
        this.editions = editions;
    }

    /**
     * The comparison with the latest earlier round where the municipality has a final result; with
     * {@code publishedOnly} (what a municipality user may see) only published earlier rounds count.
     */
    public Optional<Comparison> compare(ReviewRound current, MunicipalityOutcome now, boolean publishedOnly) {
        return rounds.rounds().stream()
                .filter(round -> round.createdAt().isBefore(current.createdAt())
                        || (round.createdAt().equals(current.createdAt())
                        && round.reviewRoundId() < current.reviewRoundId()))
                .filter(round -> !publishedOnly || round.published())
                .sorted(Comparator.comparing(ReviewRound::createdAt).thenComparing(ReviewRound::reviewRoundId)
                        .reversed())
                .map(round -> Map.entry(round, results.of(round).outcomes().get(now.kommunkod())))
                .filter(entry -> entry.getValue() != null && entry.getValue().isFinal())
                .findFirst()
                .flatMap(entry -> compare(current, now, entry.getKey(), entry.getValue()));
    }

    private Optional<Comparison> compare(ReviewRound current, MunicipalityOutcome now, ReviewRound earlier,
                                         MunicipalityOutcome then) {
        Checklist currentEdition = editions.require(current.checklistId());
        Checklist earlierEdition = editions.require(earlier.checklistId());
        boolean sameEdition = currentEdition.id().equals(earlierEdition.id());
        List<String> comparable = sameEdition
                ? currentEdition.items().stream().map(Item::id).toList()
                : ChecklistDiff.between(earlierEdition, currentEdition).comparableItems();
        List<Item> compared = currentEdition.items().stream().filter(item -> comparable.contains(item.id())).toList();
        if (compared.isEmpty()) {
            return Optional.empty();
        }
        Checklist shared = new Checklist(currentEdition.id(), currentEdition.title(), currentEdition.year(),
                currentEdition.scale(), currentEdition.areas(), compared);
        try {
            return Optional.of(new Comparison(earlier, sameEdition, score(shared, then), score(shared, now),
                    compared.stream().map(item -> new ItemChange(item, then.scores().get(item.id()).score(),
                            now.scores().get(item.id()).score())).toList(),
                    currentEdition.items().stream().map(Item::id).filter(id -> !comparable.contains(id)).toList()));
        } catch (ScoringException allNotApplicable) {
            return Optional.empty();
        }
    }

    private static BigFraction score(Checklist shared, MunicipalityOutcome outcome) throws ScoringException {
        Map<String, Score> scores = new HashMap<>();
        shared.items().forEach(item -> scores.put(item.id(), outcome.scores().get(item.id()).score()));
        return Delindex1.calculate(shared, scores).exactScore();
    }
}
