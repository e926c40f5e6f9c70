package se.webbgranskning.app.results;

import java.util.Map;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.review.ReviewRounds;
import se.webbgranskning.app.review.Reviews;
import se.webbgranskning.app.snapshot.SnapshotPage;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.checklist.Item;

/**
 * A review round on the demo crawl with two reviewers, one municipality each, and the steps tests take in it:
 * scoring a whole review and submitting it.
 */
final class RoundWork {

    final DemoWorld world;
    final User admin;
    final User anna;
    final User bo;
    final ReviewRound round;

    RoundWork(String prefix) {
        world = DemoWorld.get();
        admin = world.account(prefix + "-lead", Role.ADMIN, null);
        anna = world.account(prefix + "-anna", Role.REVIEWER, null);
        bo = world.account(prefix + "-bo", Role.REVIEWER, null);
        round = rounds().create("test", "Omgång " + anna.username(), world.crawlRoundId(), "delindex1-2026");
        rounds().assign("test", round, DemoWorld.EKBACKA, anna);
        rounds().assign("test", round, DemoWorld.NORRVIK, bo);
    }

    private RoundWork(RoundWork accounts, ReviewRound round) {
        world = accounts.world;
        admin = accounts.admin;
        anna = accounts.anna;
        bo = accounts.bo;
        this.round = round;
    }

    /** The same people at work in another round. */
    RoundWork in(ReviewRound other) {
        return new RoundWork(this, other);
    }

    ReviewRounds rounds() {
        return world.services().reviewRounds();
    }

    Reviews reviews() {
        return world.services().reviews();
    }

    /** The round as stored now (publication changes it). */
    ReviewRound current() {
        return rounds().round(round.reviewRoundId()).orElseThrow();
    }

    long reviewId(String kommunkod, String kind) {
        return rounds().progress(round).stream()
                .filter(p -> p.kommunkod().equals(kommunkod) && p.kind().equals(kind))
                .findFirst().orElseThrow().reviewId();
    }

    User reviewerOf(String kommunkod, String kind) {
        long reviewerId = rounds().progress(round).stream()
                .filter(p -> p.kommunkod().equals(kommunkod) && p.kind().equals(kind))
                .findFirst().orElseThrow().reviewerId();
        return world.services().users().byId(reviewerId).orElseThrow();
    }

    /** Scores every item {@code score} except the overrides, and submits (confirming items without evidence). */
    void scoreAndSubmit(String kommunkod, String kind, String score, Map<String, String> overrides) {
        User reviewer = reviewerOf(kommunkod, kind);
        long reviewId = reviewId(kommunkod, kind);
        for (Item item : reviews().open(reviewer, reviewId).checklist().items()) {
            int version = reviews().open(reviewer, reviewId).answer(item.id()).version();
            reviews().save(reviewer, reviewId, item.id(), overrides.getOrDefault(item.id(), score), "", version);
        }
        reviews().submit(reviewer, reviewId, true);
    }

    /**
     * Cites the first line of an archived HTML page of the municipality's snapshot for an item of one of its
     * reviews, before it is submitted; returns the page.
     */
    SnapshotPage cite(String kommunkod, String kind, String itemId) {
        SnapshotPage page = world.services().snapshots().pages(round.crawlRoundId(), kommunkod, "").stream()
                .filter(p -> p.isHtml() && p.archived())
                .filter(p -> !world.services().snapshots().text(p.pageId()).isBlank())
                .findFirst().orElseThrow();
        String quote = world.services().snapshots().text(page.pageId()).strip().split("\n")[0].strip();
        reviews().cite(reviewerOf(kommunkod, kind), reviewId(kommunkod, kind), itemId, page.pageId(), quote, 0);
        return page;
    }

    void scoreAndSubmit(String kommunkod, String score) {
        scoreAndSubmit(kommunkod, Review.FIRST, score, Map.of());
    }
}
