package se.webbgranskning.app.results;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.NotFound;
import se.webbgranskning.app.UserError;
import se.webbgranskning.app.audit.AuditLog;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.review.ChecklistEditions;
import se.webbgranskning.app.review.Evidence;
import se.webbgranskning.app.review.ItemAnswer;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.review.ReviewDao;
import se.webbgranskning.app.review.ReviewReads;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.review.ScoreKeys;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;

/**
 * Side-by-side comparison of a municipality's two reviews and the project lead's decisions on the items they
 * disagree on. The second reviewer may see the comparison once her own review is submitted, never before: the
 * second review is blind.
 */
public final class Adjudications {

    private static final int MAX_REASON = 2000;

    private final Jdbi jdbi;
    private final ChecklistEditions editions;
    private final FinalScores finalScores;
    private final AuditLog audit;
    private final Clock clock;

    public Adjudications(Jdbi jdbi, ChecklistEditions editions, FinalScores finalScores, AuditLog audit,
                         Clock clock) {
        this.jdbi = jdbi;
        this.editions = editions;
        this.finalScores = finalScores;
        this.audit = audit;
        this.clock = clock;
    }

    public Comparison compare(User viewer, ReviewRound round, String kommunkod) {
        return jdbi.withHandle(handle -> {
            Review first = ReviewReads.review(handle, round.reviewRoundId(), kommunkod, Review.FIRST)
                    .orElseThrow(Adjudications::absent);
            Review second = ReviewReads.review(handle, round.reviewRoundId(), kommunkod, Review.SECOND)
                    .orElseThrow(Adjudications::absent);
            boolean secondReviewerAfterSubmit = viewer.role() == Role.REVIEWER && second.reviewerId() == viewer.id()
                    && second.submitted();
            if (viewer.role() != Role.ADMIN && !secondReviewerAfterSubmit) {
                throw absent();
            }
            Checklist checklist = editions.require(round.checklistId());
            MunicipalityOutcome outcome = finalScores.outcome(round, kommunkod).orElseThrow(Adjudications::absent);
            Map<String, Adjudication> decisions = finalScores.adjudications(round).getOrDefault(kommunkod, Map.of());
            Map<String, ItemAnswer> firstAnswers = byItem(ReviewReads.answers(handle, first.reviewId()));
            Map<String, ItemAnswer> secondAnswers = byItem(ReviewReads.answers(handle, second.reviewId()));
            List<Evidence> firstEvidence = ReviewReads.evidence(handle, first.reviewId());
            List<Evidence> secondEvidence = ReviewReads.evidence(handle, second.reviewId());
            List<Comparison.ItemComparison> items = checklist.items().stream()
                    .map(item -> new Comparison.ItemComparison(item,
                            firstAnswers.getOrDefault(item.id(), ItemAnswer.empty(item.id())),
                            secondAnswers.getOrDefault(item.id(), ItemAnswer.empty(item.id())),
                            of(firstEvidence, item), of(secondEvidence, item),
                            Optional.ofNullable(outcome.scores().get(item.id())),
                            Optional.ofNullable(decisions.get(item.id()))))
                    .toList();
            Map<Long, String> names = handle.attach(ReviewDao.class).summariesOfRound(round.reviewRoundId()).stream()
                    .filter(s -> s.kommunkod().equals(kommunkod))
                    .collect(Collectors.toMap(ReviewDao.ReviewSummary::reviewId, ReviewDao.ReviewSummary::reviewerName));
            return new Comparison(round, checklist, kommunkod, outcome.name(), first, names.get(first.reviewId()),
                    second, names.get(second.reviewId()), outcome, items);
        });
    }

    /**
     * Sets the final score of an item the two submitted reviews disagree on, with the reason. A later decision on
     * the same item replaces the earlier one; both are in the audit log.
     */
    public void decide(User admin, ReviewRound round, String kommunkod, String itemId, String finalKey,
                       String reason) {
        if (admin.role() != Role.ADMIN) {
            throw absent();
        }
        if (round.published()) {
            throw new UserError("Omgångens resultat är publicerade. Dra tillbaka publiceringen innan du ändrar"
                    + " ett avgörande.");
        }
        Comparison comparison = compare(admin, round, kommunkod);
        if (!comparison.bothSubmitted()) {
            throw new UserError("Båda granskningarna måste vara inskickade innan en punkt kan avgöras.");
        }
        Comparison.ItemComparison item = comparison.items().stream().filter(c -> c.item().id().equals(itemId))
                .findFirst().orElseThrow(() -> new UserError("Frågan " + itemId + " finns inte i checklistan."));
        if (item.agreed()) {
            throw new UserError("Granskarna är överens om " + itemId + "; poängen gäller som den är.");
        }
        String decided = ScoreKeys.validOrNull(comparison.checklist(), item.item(), finalKey);
        if (decided == null) {
            throw new UserError("Välj den slutliga poängen för " + itemId + ".");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new UserError("Skriv varför " + itemId + " får den här poängen: skälet sparas med avgörandet.");
        }
        if (why.length() > MAX_REASON) {
            throw new UserError("Skälet får vara högst " + MAX_REASON + " tecken (det är " + why.length() + ").");
        }
        String before = item.decision().map(d -> "slutlig " + d.finalScore() + ": " + d.reason()).orElse(null);
        jdbi.useTransaction(handle -> {
            handle.createUpdate("DELETE FROM adjudication WHERE review_round_id = :round AND kommunkod = :code"
                            + " AND item_id = :item")
                    .bind("round", round.reviewRoundId()).bind("code", kommunkod).bind("item", itemId).execute();
            handle.createUpdate("INSERT INTO adjudication (review_round_id, kommunkod, item_id, first_score,"
                            + " second_score, final_score, reason, decided_by, decided_at) VALUES (:round, :code,"
                            + " :item, :first, :second, :final, :reason, :by, :at)")
                    .bind("round", round.reviewRoundId()).bind("code", kommunkod).bind("item", itemId)
                    .bind("first", item.first().score()).bind("second", item.second().score())
                    .bind("final", decided).bind("reason", why).bind("by", admin.username())
                    .bind("at", OffsetDateTime.now(clock))
                    .execute();
            audit.record(handle, admin.username(), "punkt avgjord",
                    "omgång " + round.reviewRoundId() + " kommun " + kommunkod, itemId, before,
                    "första " + item.first().score() + ", andra " + item.second().score() + " → slutlig " + decided
                            + ": " + why);
        });
    }

    private static Map<String, ItemAnswer> byItem(List<ItemAnswer> answers) {
        return answers.stream().collect(Collectors.toMap(ItemAnswer::itemId, Function.identity()));
    }

    private static List<Evidence> of(List<Evidence> evidence, Item item) {
        return evidence.stream().filter(e -> e.itemId().equals(item.id())).toList();
    }

    private static NotFound absent() {
        return new NotFound("Det finns ingen andra granskning av kommunen att jämföra med.");
    }
}
