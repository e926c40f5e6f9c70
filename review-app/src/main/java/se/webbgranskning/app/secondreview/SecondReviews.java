package se.webbgranskning.app.secondreview;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.UserError;
import se.webbgranskning.app.audit.AuditLog;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.review.ReviewDao;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.review.ReviewRounds;
import se.webbgranskning.crawl.index.SiteRow;

/**
 * Draws a round's sample for blind second review and assigns each drawn municipality to a reviewer other than
 * its first. The draw is made once per round and recorded with its seed; the second reviews are created in the
 * same transaction, so that the record and the assignments never disagree.
 */
public final class SecondReviews {

    private final Jdbi jdbi;
    private final ReviewRounds rounds;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    public SecondReviews(Jdbi jdbi, ReviewRounds rounds, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<SecondReviewDraw> drawOf(ReviewRound round) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM second_review_draw"
                        + " WHERE review_round_id = :round")
                .bind("round", round.reviewRoundId())
                .map((rs, ctx) -> new SecondReviewDraw(rs.getLong("review_round_id"), rs.getInt("share_percent"),
                        rs.getInt("minimum_count"), rs.getLong("seed"), codes(rs.getString("candidates")),
                        codes(rs.getString("drawn")), rs.getString("drawn_by"),
                        rs.getObject("drawn_at", OffsetDateTime.class)))
                .findOne());
    }

    /**
     * Draws the sample: every municipality of the round must have its first reviewer, and at least two active
     * reviewers are needed. Without a seed a random one is chosen; either way it is recorded.
     */
    public SecondReviewDraw draw(String actor, ReviewRound round, int sharePercent, int minimum, OptionalLong seed,
                                 List<User> reviewers) {
        if (sharePercent < 1 || sharePercent > 100) {
            throw new UserError("Andelen för andra granskning ska vara 1–100 % (var " + sharePercent + ").");
        }
        if (minimum < 0) {
            throw new UserError("Minsta antal kan inte vara negativt (var " + minimum + ").");
        }
        if (round.published()) {
            throw new UserError("Omgångens resultat är publicerade; lotta inte nya granskningar i den.");
        }
        if (drawOf(round).isPresent()) {
            throw new UserError("Omgången har redan lottats till andra granskning. En lottning görs en gång per"
                    + " omgång, så att urvalet förblir slumpmässigt.");
        }
        List<User> active = reviewers.stream().filter(u -> u.role() == Role.REVIEWER && !u.disabled()).toList();
        if (active.size() < 2) {
            throw new UserError("Andra granskning kräver minst två aktiva granskare.");
        }
        Map<String, Long> firstReviewer = new HashMap<>();
        Map<Long, Integer> load = new HashMap<>();
        rounds.progress(round).forEach(review -> {
            load.merge(review.reviewerId(), 1, Integer::sum);
            if (!review.second()) {
                firstReviewer.put(review.kommunkod(), review.reviewerId());
            }
        });
        List<String> unassigned = rounds.municipalities(round).stream().map(SiteRow::kommunkod)
                .filter(code -> !firstReviewer.containsKey(code)).toList();
        if (!unassigned.isEmpty()) {
            throw new UserError(unassigned.size() + " kommuner saknar granskare (" + String.join(", ",
                    unassigned.subList(0, Math.min(10, unassigned.size()))) + (unassigned.size() > 10 ? " …" : "")
                    + "). Tilldela alla kommuner innan urvalet lottas, så att alla kan komma med.");
        }
        List<String> candidates = firstReviewer.keySet().stream().sorted().toList();
        long chosenSeed = seed.orElseGet(seeds::nextLong);
        List<String> drawn = SampleDraw.draw(candidates, sharePercent, minimum, chosenSeed);
        Map<String, User> second = SecondReviewerPicker.pick(drawn, firstReviewer, active, load)
                .orElseThrow(() -> new UserError("Någon lottad kommun saknar en annan aktiv granskare."));
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbi.useTransaction(handle -> {
            insertDraw(handle, round, sharePercent, minimum, chosenSeed, candidates, drawn, actor, now);
            ReviewDao dao = handle.attach(ReviewDao.class);
            second.forEach((code, reviewer) -> {
                dao.insertReview(round.reviewRoundId(), code, Review.SECOND, reviewer.id(), now);
                audit.record(handle, actor, "kommun tilldelad (andra granskning)",
                        "omgång " + round.reviewRoundId() + " kommun " + code, null, null, reviewer.username());
            });
            audit.record(handle, actor, "urval för andra granskning lottat", "omgång " + round.reviewRoundId(),
                    null, null, sharePercent + " %, minst " + minimum + ", frö " + chosenSeed + ": "
                            + String.join(",", drawn));
        });
        return drawOf(round).orElseThrow();
    }

    private static void insertDraw(Handle handle, ReviewRound round, int sharePercent, int minimum, long seed,
                                   List<String> candidates, List<String> drawn, String actor, OffsetDateTime at) {
        handle.createUpdate("INSERT INTO second_review_draw (review_round_id, share_percent, minimum_count, seed,"
                        + " candidates, drawn, drawn_by, drawn_at) VALUES (:round, :share, :minimum, :seed,"
                        + " :candidates, :drawn, :by, :at)")
                .bind("round", round.reviewRoundId())
                .bind("share", sharePercent)
                .bind("minimum", minimum)
                .bind("seed", seed)
                .bind("candidates", String.join(",", candidates))
                .bind("drawn", String.join(",", drawn))
                .bind("by", actor)
                .bind("at", at)
                .execute();
    }

    private static List<String> codes(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).collect(Collectors.toList());
    }
}
