package se.webbgranskning.app.results;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.municipality.Municipality;
import se.webbgranskning.municipality.Population;
import se.webbgranskning.scoring.Delindex1;
import se.webbgranskning.scoring.MunicipalityRanking;
import se.webbgranskning.scoring.Score;
import se.webbgranskning.scoring.ScoringException;

/**
 * A round's results made by hand on the bundled checklist, for tests of what the charts compute: each
 * municipality gets one score for every item except the ones given.
 */
final class HandMadeResults {

    static final Checklist CHECKLIST = BundledChecklists.load("delindex1-2026").orElseThrow();
    static final Score NA = Score.notApplicable();

    private final List<MunicipalityRanking.Entry> entries = new ArrayList<>();
    private final Map<String, MunicipalityOutcome> outcomes = new LinkedHashMap<>();

    static Score points(int value) {
        return Score.points(value);
    }

    /** A municipality with this population ({@code 0} for unknown) and these scores. */
    HandMadeResults add(String code, long inhabitants, int everyItem, Map<String, Score> except) {
        Map<String, Score> scores = new HashMap<>();
        Map<String, FinalScore> finals = new HashMap<>();
        for (Item item : CHECKLIST.items()) {
            Score score = except.getOrDefault(item.id(), points(everyItem));
            scores.put(item.id(), score);
            finals.put(item.id(), new FinalScore(item.id(), score, ScoreSource.SINGLE, ""));
        }
        Optional<Population> population = inhabitants == 0 ? Optional.empty()
                : Optional.of(new Population(inhabitants, 2025));
        Municipality municipality = new Municipality(code, "Kommun " + code, "01", "Testlän", null, population);
        try {
            entries.add(new MunicipalityRanking.Entry(municipality, Delindex1.calculate(CHECKLIST, scores)));
        } catch (ScoringException e) {
            throw new IllegalArgumentException(String.join(" ", e.problems()), e);
        }
        outcomes.put(code, new MunicipalityOutcome(code, municipality.name(), OutcomeState.FINAL, false, finals,
                List.of()));
        return this;
    }

    HandMadeResults add(String code, long inhabitants, int everyItem) {
        return add(code, inhabitants, everyItem, Map.of());
    }

    RoundResults.Results build() {
        ReviewRound round = new ReviewRound(1, "Testomgång", "crawl-1", CHECKLIST.id(), "test",
                OffsetDateTime.parse("2026-09-01T10:00:00+02:00"), null, null);
        return new RoundResults.Results(round, CHECKLIST, MunicipalityRanking.rank(entries), outcomes, List.of(),
                Map.of());
    }
}
