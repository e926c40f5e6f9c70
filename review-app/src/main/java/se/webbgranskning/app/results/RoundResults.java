package se.webbgranskning.app.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.webbgranskning.app.review.ChecklistEditions;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.municipality.Municipality;
import se.webbgranskning.municipality.MunicipalityRegistry;
import se.webbgranskning.scoring.Delindex1;
import se.webbgranskning.scoring.MunicipalityRanking;
import se.webbgranskning.scoring.ScoringException;

/**
 * A round's Delindex 1 results: the municipalities with final scores, scored and ranked overall and within size
 * class; every other municipality listed with its state, never ranked as zero.
 */
public final class RoundResults {

    /** The round's results; {@code table} ranks only final municipalities. */
    public record Results(ReviewRound round, Checklist checklist, MunicipalityRanking.Table table,
                          Map<String, MunicipalityOutcome> outcomes, List<MunicipalityOutcome> notFinal,
                          Map<String, String> unscorable) {

        public Results {
            outcomes = Map.copyOf(outcomes);
            notFinal = List.copyOf(notFinal);
            unscorable = Map.copyOf(unscorable);
        }

        public Optional<MunicipalityRanking.RankedEntry> entry(String kommunkod) {
            return table.entries().stream().filter(e -> e.municipality().code().equals(kommunkod)).findFirst();
        }

        public boolean allFinal() {
            return notFinal.isEmpty() && unscorable.isEmpty();
        }
    }

    private final FinalScores finalScores;
    private final ChecklistEditions editions;
    private final MunicipalityRegistry registry;

    public RoundResults(FinalScores finalScores, ChecklistEditions editions, MunicipalityRegistry registry) {
        this.finalScores = finalScores;
        this.editions = editions;
        this.registry = registry;
    }

    public Results of(ReviewRound round) {
        Checklist checklist = editions.require(round.checklistId());
        List<MunicipalityRanking.Entry> entries = new ArrayList<>();
        List<MunicipalityOutcome> notFinal = new ArrayList<>();
        Map<String, MunicipalityOutcome> outcomes = new LinkedHashMap<>();
        Map<String, String> unscorable = new LinkedHashMap<>();
        for (MunicipalityOutcome outcome : finalScores.outcomes(round)) {
            outcomes.put(outcome.kommunkod(), outcome);
            if (!outcome.isFinal()) {
                notFinal.add(outcome);
                continue;
            }
            try {
                Map<String, se.webbgranskning.scoring.Score> scores = new LinkedHashMap<>();
                outcome.scores().forEach((item, score) -> scores.put(item, score.score()));
                entries.add(new MunicipalityRanking.Entry(municipality(outcome),
                        Delindex1.calculate(checklist, scores)));
            } catch (ScoringException e) {
                unscorable.put(outcome.kommunkod(), String.join(" ", e.problems()));
            }
        }
        return new Results(round, checklist, MunicipalityRanking.rank(entries), outcomes, notFinal, unscorable);
    }

    /**
     * The registry's municipality, with its county and population; a site crawled outside the registry (the
     * demo's fictional municipalities) has neither, so it has no size class.
     */
    private Municipality municipality(MunicipalityOutcome outcome) {
        return registry.byCode(outcome.kommunkod()).orElseGet(() -> new Municipality(outcome.kommunkod(),
                outcome.name(), "", "", null, Optional.empty()));
    }
}
