package se.webbgranskning.app.web;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.review.Review;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.review.ReviewRounds;
import se.webbgranskning.app.review.Reviews;
import se.webbgranskning.app.snapshot.SnapshotPage;
import se.webbgranskning.checklist.Item;

/**
 * A review round on a demo crawl of Ekbacka and Norrvik with an admin and two reviewers, one municipality each,
 * and the steps tests take in it: citing, scoring a whole review and submitting it.
 */
public final class RoundWork {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    public final AppServices services;
    public final String crawlRoundId;
    public final User admin;
    public final User anna;
    public final User bo;
    public final ReviewRound round;

    /** A round of its own on {@link DemoWorld}'s crawl. */
    public RoundWork(String prefix) {
        this(DemoWorld.get().services(), DemoWorld.get().crawlRoundId(), prefix);
    }

    /** A round of its own on another demo's crawl (the browser tests' one). */
    public RoundWork(AppServices services, String crawlRoundId, String prefix) {
        this.services = services;
        this.crawlRoundId = crawlRoundId;
        admin = account(prefix + "-lead", Role.ADMIN, null);
        anna = account(prefix + "-anna", Role.REVIEWER, null);
        bo = account(prefix + "-bo", Role.REVIEWER, null);
        round = rounds().create("test", "Omgång " + anna.username(), crawlRoundId, "delindex1-2026");
        rounds().assign("test", round, DemoWorld.EKBACKA, anna);
        rounds().assign("test", round, DemoWorld.NORRVIK, bo);
    }

    /** A new account with {@link TestApp#PASSWORD} and a unique username starting with the prefix. */
    public User account(String prefix, Role role, String kommunkod) {
        String username = prefix + "-" + ACCOUNTS.incrementAndGet();
        return services.users().create("test", username, "Test " + username, role, kommunkod, TestApp.PASSWORD).user();
    }

    private RoundWork(RoundWork accounts, ReviewRound round) {
        services = accounts.services;
        crawlRoundId = accounts.crawlRoundId;
        admin = accounts.admin;
        anna = accounts.anna;
        bo = accounts.bo;
        this.round = round;
    }

    /** The same people at work in another round. */
    public RoundWork in(ReviewRound other) {
        return new RoundWork(this, other);
    }

    public ReviewRounds rounds() {
        return services.reviewRounds();
    }

    public Reviews reviews() {
        return services.reviews();
    }

    /** The round as stored now (publication changes it). */
    public ReviewRound current() {
        return rounds().round(round.reviewRoundId()).orElseThrow();
    }

    public long reviewId(String kommunkod, String kind) {
        return rounds().progress(round).stream()
                .filter(p -> p.kommunkod().equals(kommunkod) && p.kind().equals(kind))
                .findFirst().orElseThrow().reviewId();
    }

    public User reviewerOf(String kommunkod, String kind) {
        long reviewerId = rounds().progress(round).stream()
                .filter(p -> p.kommunkod().equals(kommunkod) && p.kind().equals(kind))
                .findFirst().orElseThrow().reviewerId();
        return services.users().byId(reviewerId).orElseThrow();
    }

    /** Scores every item {@code score} except the overrides, and submits (confirming items without evidence). */
    public void scoreAndSubmit(String kommunkod, String kind, String score, Map<String, String> overrides) {
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
    public SnapshotPage cite(String kommunkod, String kind, String itemId) {
        SnapshotPage page = services.snapshots().pages(round.crawlRoundId(), kommunkod, "").stream()
                .filter(p -> p.isHtml() && p.archived())
                .filter(p -> !services.snapshots().text(p.pageId()).isBlank())
                .findFirst().orElseThrow();
        String quote = services.snapshots().text(page.pageId()).strip().split("\n")[0].strip();
        reviews().cite(reviewerOf(kommunkod, kind), reviewId(kommunkod, kind), itemId, page.pageId(), quote, 0);
        return page;
    }

    public void scoreAndSubmit(String kommunkod, String score) {
        scoreAndSubmit(kommunkod, Review.FIRST, score, Map.of());
    }
}
