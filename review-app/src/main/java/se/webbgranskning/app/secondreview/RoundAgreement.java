package se.webbgranskning.app.secondreview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.agreement.Agreement;
import se.webbgranskning.agreement.DisagreementRanking;
import se.webbgranskning.agreement.ItemAgreement;
import se.webbgranskning.agreement.PairAgreement;
import se.webbgranskning.agreement.RatingPair;
import se.webbgranskning.app.review.ChecklistEditions;
import se.webbgranskning.app.review.ItemAnswer;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.checklist.Checklist;

/**
 * Agreement between first and second reviews in a round: overall, per item (most disagreement first) and per
 * reviewer pair. Only municipalities whose two reviews are both submitted count: a draft may still change.
 */
public final class RoundAgreement {

    /** The round's agreement; {@code municipalities} is how many double-reviewed municipalities it rests on. */
    public record Report(Checklist checklist, int municipalities, PairAgreement overall, List<ItemAgreement> items,
                         Map<String, PairAgreement> reviewerPairs) {
    }

    private record SubmittedAnswer(String kommunkod, String kind, String reviewer, String itemId, String score) {
    }

    private final Jdbi jdbi;
    private final ChecklistEditions editions;

    public RoundAgreement(Jdbi jdbi, ChecklistEditions editions) {
        this.jdbi = jdbi;
        this.editions = editions;
    }

    public Report of(ReviewRound round) {
        Checklist checklist = editions.require(round.checklistId());
        Map<String, Map<String, SubmittedAnswer>> byReview = new HashMap<>();
        submittedAnswers(round).forEach(answer -> byReview
                .computeIfAbsent(answer.kommunkod() + "/" + answer.kind(), key -> new HashMap<>())
                .put(answer.itemId(), answer));
        List<RatingPair> all = new ArrayList<>();
        Map<String, List<RatingPair>> perItem = new LinkedHashMap<>();
        checklist.items().forEach(item -> perItem.put(item.id(), new ArrayList<>()));
        Map<String, List<RatingPair>> perReviewerPair = new TreeMap<>();
        int municipalities = 0;
        for (String key : byReview.keySet()) {
            if (!key.endsWith("/" + Review.FIRST)) {
                continue;
            }
            Map<String, SubmittedAnswer> first = byReview.get(key);
            Map<String, SubmittedAnswer> second = byReview.get(key.substring(0, key.indexOf('/')) + "/" + Review.SECOND);
            if (second == null) {
                continue;
            }
            municipalities++;
            for (String itemId : perItem.keySet()) {
                SubmittedAnswer a = first.get(itemId);
                SubmittedAnswer b = second.get(itemId);
                if (a == null || b == null) {
                    continue;
                }
                RatingPair pair = new RatingPair(ItemAnswer.parse(a.score()), ItemAnswer.parse(b.score()));
                all.add(pair);
                perItem.get(itemId).add(pair);
                perReviewerPair.computeIfAbsent(pairName(a.reviewer(), b.reviewer()), name -> new ArrayList<>())
                        .add(pair);
            }
        }
        int max = checklist.scale().maxValue();
        Map<String, PairAgreement> pairs = new LinkedHashMap<>();
        perReviewerPair.forEach((name, ratings) -> pairs.put(name, Agreement.of(ratings, max)));
        return new Report(checklist, municipalities, Agreement.of(all, max), DisagreementRanking.rank(perItem, max),
                pairs);
    }

    /** The pair named the same whichever of them did the first review. */
    private static String pairName(String one, String other) {
        return one.compareTo(other) <= 0 ? one + " och " + other : other + " och " + one;
    }

    private List<SubmittedAnswer> submittedAnswers(ReviewRound round) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT r.kommunkod, r.kind, u.display_name, i.item_id,"
                        + " i.score FROM review r JOIN app_user u ON u.user_id = r.reviewer_id"
                        + " JOIN review_item i ON i.review_id = r.review_id"
                        + " WHERE r.review_round_id = :round AND r.status = 'submitted' AND i.score IS NOT NULL"
                        + " AND r.kommunkod IN (SELECT kommunkod FROM review WHERE review_round_id = :round"
                        + " AND kind = 'second')")
                .bind("round", round.reviewRoundId())
                .map((rs, ctx) -> new SubmittedAnswer(rs.getString("kommunkod"), rs.getString("kind"),
                        rs.getString("display_name"), rs.getString("item_id"), rs.getString("score")))
                .list());
    }
}
