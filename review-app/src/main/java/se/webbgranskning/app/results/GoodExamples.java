package se.webbgranskning.app.results;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.scoring.MunicipalityRanking;
import se.webbgranskning.scoring.Score;

/**
 * Good examples for a report: archived pages of other municipalities that got full points on an item, as their
 * reviewers cited them. Only such pages are shown to municipality users, so a report never opens anything of
 * another municipality's snapshot but its best practice.
 */
public final class GoodExamples {

    /** A page cited for an item of one municipality's review in the round. */
    public record CitedPage(String kommunkod, String itemId, long pageId, String title, String url) {
        public String displayTitle() {
            return title == null || title.isBlank() ? url : title;
        }
    }

    /** A good example as the report links it. */
    public record Example(String municipalityName, CitedPage page) {
    }

    private static final int PER_ITEM = 3;

    private final Jdbi jdbi;

    public GoodExamples(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Up to three examples per item id, for the items the municipality did not get full points on. */
    public Map<String, List<Example>> forMissedItems(RoundResults.Results results, String kommunkod, List<String> missedItems) {
        List<CitedPage> cited = citedPages(results.round());
        Map<String, List<Example>> examples = new LinkedHashMap<>();
        for (String itemId : missedItems) {
            Map<String, CitedPage> firstPerMunicipality = new LinkedHashMap<>();
            cited.stream()
                    .filter(page -> page.itemId().equals(itemId) && !page.kommunkod().equals(kommunkod))
                    .filter(page -> fullPoints(results, page))
                    .forEach(page -> firstPerMunicipality.putIfAbsent(page.kommunkod(), page));
            examples.put(itemId, firstPerMunicipality.values().stream()
                    .sorted(Comparator.comparing((CitedPage page) -> results.entry(page.kommunkod())
                                    .map(MunicipalityRanking.RankedEntry::rank).orElse(Integer.MAX_VALUE))
                            .thenComparing(CitedPage::kommunkod))
                    .limit(PER_ITEM)
                    .map(page -> new Example(results.outcomes().get(page.kommunkod()).name(), page))
                    .toList());
        }
        return examples;
    }

    /** The page, if it is a good example in the round: cited for an item its municipality got full points on. */
    public Optional<CitedPage> example(RoundResults.Results results, long pageId) {
        return citedPages(results.round()).stream()
                .filter(page -> page.pageId() == pageId)
                .filter(page -> fullPoints(results, page))
                .findFirst();
    }

    private static boolean fullPoints(RoundResults.Results results, CitedPage page) {
        MunicipalityOutcome outcome = results.outcomes().get(page.kommunkod());
        if (outcome == null || !outcome.isFinal() || outcome.scores().get(page.itemId()) == null) {
            return false;
        }
        Score score = outcome.scores().get(page.itemId()).score();
        return score instanceof Score.Points points && points.value() == results.checklist().scale().maxValue();
    }

    private List<CitedPage> citedPages(ReviewRound round) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT r.kommunkod, e.item_id, e.page_id, p.title, p.url"
                        + " FROM evidence e JOIN review r ON r.review_id = e.review_id"
                        + " JOIN crawl_page p ON p.page_id = e.page_id"
                        + " WHERE r.review_round_id = :round ORDER BY e.evidence_id")
                .bind("round", round.reviewRoundId())
                .map((rs, ctx) -> new CitedPage(rs.getString("kommunkod"), rs.getString("item_id"),
                        rs.getLong("page_id"), rs.getString("title"), rs.getString("url")))
                .list());
    }
}
