package se.webbgranskning.bench.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.review.ReviewRound;
import se.webbgranskning.app.serve.AppServices;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.municipality.Municipality;

/**
 * Fills a database as a full review year looks: every municipality's snapshot (pages with text), a review
 * round, and two reviews per municipality with every item scored, a comment, and evidence for most items.
 * Rows are written in batches: the benchmark measures reading, not seeding.
 */
final class ReviewDataSeeder {

    record Seeded(ReviewRound round, List<User> reviewers, long sampleReviewId, long samplePageId) {
    }

    static final String PASSWORD = "benchmark-lösenord";
    private static final int PAGES_PER_MUNICIPALITY = 40;
    private static final String PARAGRAPH = "Hemtjänst är hjälp i hemmet för dig som har svårt att klara vardagen"
            + " på egen hand. Du ansöker hos kommunens biståndshandläggare, som utreder ditt behov och fattar ett"
            + " beslut. Avgiften beror på din inkomst och hur mycket hjälp du får, men är högst maxtaxan per månad."
            + " Du kan välja utförare bland de företag som kommunen har godkänt. ";

    private ReviewDataSeeder() {
    }

    static Seeded seed(AppServices services, int reviewerCount) {
        List<Municipality> municipalities = services.registry().all();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        PageIndex index = services.pageIndex();
        String crawlRound = index.newRoundId(now.toLocalDate(), now, "{}");
        municipalities.forEach(m -> index.addSite(crawlRound, m.code(), m.name(), m.website().toString()));
        services.jdbi().useTransaction(handle -> insertPages(handle, crawlRound, municipalities, now));
        index.finishRound(crawlRound, now);

        List<User> reviewers = new ArrayList<>();
        for (int i = 1; i <= reviewerCount; i++) {
            reviewers.add(services.users().create("bench", "granskare" + i, "Granskare " + i, Role.REVIEWER, null,
                    PASSWORD).user());
        }
        ReviewRound round = services.reviewRounds().create("bench", "Benchmark", crawlRound, "delindex1-2026");
        Checklist checklist = se.webbgranskning.checklist.BundledChecklists.load("delindex1-2026").orElseThrow();
        services.jdbi().useTransaction(handle -> insertReviews(handle, round, municipalities, reviewers, checklist,
                now));
        long sampleReview = services.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT MIN(review_id) FROM review WHERE reviewer_id = :r").bind("r", reviewers.get(0).id())
                .mapTo(Long.class).one());
        String sampleCode = services.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT kommunkod FROM review WHERE review_id = :id").bind("id", sampleReview).mapTo(String.class).one());
        long samplePage = services.jdbi().withHandle(handle -> handle.createQuery("SELECT MIN(page_id) FROM crawl_page"
                        + " WHERE round_id = :round AND kommunkod = :code")
                .bind("round", crawlRound).bind("code", sampleCode).mapTo(Long.class).one());
        return new Seeded(round, reviewers, sampleReview, samplePage);
    }

    private static void insertPages(Handle handle, String crawlRound, List<Municipality> municipalities,
                                    OffsetDateTime now) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO crawl_page (round_id, kommunkod, url_key, url, purpose,"
                + " status, content_type, charset, fetched_at, depth, click_depth, title, main_text, text_length, noindex)"
                + " VALUES (:round, :code, :key, :url, 'page', 200, 'text/html', 'UTF-8', :at, :depth, :depth,"
                + " :title, :text, :length, FALSE)");
        for (Municipality m : municipalities) {
            for (int page = 0; page < PAGES_PER_MUNICIPALITY; page++) {
                String url = m.website() + "omsorg/hemtjanst/sida-" + page;
                batch.bind("round", crawlRound).bind("code", m.code()).bind("key", PageIndex.urlKey(url))
                        .bind("url", url).bind("at", now).bind("depth", 1 + page % 4)
                        .bind("title", "Hemtjänst, sida " + page + " – " + m.name())
                        .bind("text", PARAGRAPH.repeat(6 + page % 10))
                        .bind("length", PARAGRAPH.length() * (6 + page % 10))
                        .add();
            }
        }
        batch.execute();
    }

    private static void insertReviews(Handle handle, ReviewRound round, List<Municipality> municipalities,
                                      List<User> reviewers, Checklist checklist, OffsetDateTime now) {
        int n = 0;
        for (Municipality m : municipalities) {
            for (String kind : List.of("first", "second")) {
                User reviewer = reviewers.get(n++ % reviewers.size());
                long reviewId = handle.createUpdate("INSERT INTO review (review_round_id, kommunkod, kind, reviewer_id,"
                                + " status, assigned_at, scored_items) VALUES (:round, :code, :kind, :reviewer,"
                                + " 'in_progress', :at, :scored)")
                        .bind("scored", checklist.items().size())
                        .bind("round", round.reviewRoundId()).bind("code", m.code()).bind("kind", kind)
                        .bind("reviewer", reviewer.id()).bind("at", now)
                        .executeAndReturnGeneratedKeys("review_id").mapTo(Long.class).one();
                insertAnswers(handle, reviewId, reviewer, checklist, m, round, now);
            }
        }
    }

    private static void insertAnswers(Handle handle, long reviewId, User reviewer, Checklist checklist,
                                      Municipality m, ReviewRound round, OffsetDateTime now) {
        long pageId = handle.createQuery("SELECT MIN(page_id) FROM crawl_page WHERE round_id = :round"
                        + " AND kommunkod = :code")
                .bind("round", round.crawlRoundId()).bind("code", m.code()).mapTo(Long.class).one();
        PreparedBatch answers = handle.prepareBatch("INSERT INTO review_item (review_id, item_id, score, comment,"
                + " version, updated_by, updated_at) VALUES (:id, :item, :score, :comment, 1, :by, :at)");
        PreparedBatch evidence = handle.prepareBatch("INSERT INTO evidence (review_id, item_id, page_id, quote,"
                + " quote_start, context_before, context_after, created_by, created_at) VALUES (:id, :item, :page,"
                + " :quote, 0, '', :after, :by, :at)");
        int i = 0;
        for (Item item : checklist.items()) {
            String score = Integer.toString(i++ % 3);
            answers.bind("id", reviewId).bind("item", item.id()).bind("score", score)
                    .bind("comment", "Bedömning av " + item.id() + " för " + m.name()).bind("by", reviewer.username())
                    .bind("at", now).add();
            if (!score.equals("0")) {
                evidence.bind("id", reviewId).bind("item", item.id()).bind("page", pageId)
                        .bind("quote", PARAGRAPH.substring(0, 120)).bind("after", PARAGRAPH.substring(120, 200))
                        .bind("by", reviewer.username()).bind("at", now).add();
            }
        }
        answers.execute();
        evidence.execute();
    }
}
