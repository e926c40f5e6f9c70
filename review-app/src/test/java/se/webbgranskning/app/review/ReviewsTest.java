package se.webbgranskning.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.webbgranskning.app.NotFound;
import se.webbgranskning.app.UserError;
import se.webbgranskning.app.audit.AuditLog;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.snapshot.SnapshotPage;
import se.webbgranskning.app.web.DemoWorld;
import se.webbgranskning.checklist.Item;

@Tag("database")
class ReviewsTest {

    private static DemoWorld world;
    private static Reviews reviews;
    private DemoWorld.Assignment assignment;
    private User reviewer;

    @BeforeAll
    static void world() {
        world = DemoWorld.get();
        reviews = world.services().reviews();
    }

    @BeforeEach
    void assign() {
        assignment = world.assignment("reviews", DemoWorld.EKBACKA);
        reviewer = assignment.reviewer();
    }

    @Test
    void aSaveNamesTheVersionItStartedFromAndAStaleOneIsAConflict() {
        SaveOutcome first = reviews.save(reviewer, id(), "A1", "2", "Tydlig beskrivning", 0);
        assertThat(first).isInstanceOfSatisfying(SaveOutcome.Saved.class, saved -> {
            assertThat(saved.answer().score()).isEqualTo("2");
            assertThat(saved.answer().version()).isEqualTo(1);
        });
        reviews.save(reviewer, id(), "A1", "1", "Ändrat i en annan flik", 1);

        SaveOutcome stale = reviews.save(reviewer, id(), "A1", "0", "Skrivet i den gamla fliken", 1);

        assertThat(stale).isInstanceOfSatisfying(SaveOutcome.Conflict.class, conflict ->
                assertThat(conflict.current().comment()).isEqualTo("Ändrat i en annan flik"));
        ItemAnswer stored = reviews.open(reviewer, id()).answer("A1");
        assertThat(stored.score()).isEqualTo("1");
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void aSaveAnswersWithExactlyWhatIsStored() {
        reviews.save(reviewer, id(), "A1", "2", "Först", 0);

        SaveOutcome second = reviews.save(reviewer, id(), "A1", "1", "  Sedan ändrat  ", 1);

        ItemAnswer stored = reviews.open(reviewer, id()).answer("A1");
        assertThat(second).isInstanceOfSatisfying(SaveOutcome.Saved.class, saved -> {
            assertThat(saved.answer()).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(stored);
            assertThat(saved.answer().updatedAt()).isAtSameInstantAs(stored.updatedAt());
            assertThat(saved.answer().comment()).isEqualTo("Sedan ändrat");
            assertThat(saved.answer().updatedBy()).isEqualTo(reviewer.username());
        });
    }

    @Test
    void theFirstSaveStartsTheReviewAndEveryChangeIsAudited() {
        assertThat(world.review(reviewer, id()).status()).isEqualTo(ReviewStatus.NOT_STARTED);

        reviews.save(reviewer, id(), "A1", "2", "", 0);
        reviews.save(reviewer, id(), "A1", "1", "Bara delvis", 1);

        assertThat(world.review(reviewer, id()).status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        List<AuditLog.Entry> log = world.services().audit().forSubject("granskning " + id());
        assertThat(log).extracting(AuditLog.Entry::itemId).containsExactly("A1", "A1");
        assertThat(log.get(1).actor()).isEqualTo(reviewer.username());
        assertThat(log.get(1).beforeValue()).isEqualTo("poäng 2");
        assertThat(log.get(1).afterValue()).isEqualTo("poäng 1; kommentar: Bara delvis");
    }

    @Test
    void scoresOutsideTheScaleAndNotApplicableWhereNotAllowedAreRefused() {
        Item withoutNa = firstItem(item -> !item.allowsNotApplicable());

        assertThatThrownBy(() -> reviews.save(reviewer, id(), "A1", "3", "", 0))
                .isInstanceOf(UserError.class).hasMessageContaining("Poängen måste vara en av");
        assertThatThrownBy(() -> reviews.save(reviewer, id(), withoutNa.id(), "na", "", 0))
                .isInstanceOf(UserError.class).hasMessageContaining("ej tillämplig");
        assertThatThrownBy(() -> reviews.save(reviewer, id(), "Z9", "1", "", 0))
                .isInstanceOf(UserError.class).hasMessageContaining("finns inte i checklistan");
        assertThatThrownBy(() -> reviews.save(reviewer, id(), "A1", "1", "x".repeat(4001), 0))
                .isInstanceOf(UserError.class).hasMessageContaining("högst 4000 tecken");
    }

    @Test
    void notApplicableIsAcceptedWhereTheChecklistAllowsIt() {
        Item withNa = firstItem(Item::allowsNotApplicable);

        assertThat(reviews.save(reviewer, id(), withNa.id(), "na", "Kommunen har inga privata utförare", 0))
                .isInstanceOf(SaveOutcome.Saved.class);
    }

    @Test
    void nobodyButTheAssignedReviewerOpensOrChangesTheReview() {
        User other = world.account("reviews-other", Role.REVIEWER, null);
        User municipality = world.account("reviews-kommun", Role.MUNICIPALITY, DemoWorld.EKBACKA);
        User admin = world.account("reviews-admin", Role.ADMIN, null);

        assertThatThrownBy(() -> reviews.open(other, id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> reviews.open(municipality, id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> reviews.save(other, id(), "A1", "2", "", 0)).isInstanceOf(NotFound.class);
        assertThat(reviews.open(admin, id()).municipalityName()).isEqualTo("Ekbacka kommun");
        assertThatThrownBy(() -> reviews.save(admin, id(), "A1", "2", "", 0)).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> reviews.open(reviewer, 999_999)).isInstanceOf(NotFound.class);
    }

    @Test
    void evidenceIsThePagesOwnTextFoundFromTheQuote() {
        SnapshotPage page = pageWithText();
        String text = world.services().snapshots().text(page.pageId());
        String words = String.join(" ", text.strip().split("\\s+")).substring(0, 40).strip();

        Evidence cited = reviews.cite(reviewer, id(), "A1", page.pageId(), words.replace(" ", "\n  "), 0);

        assertThat(text.substring(cited.quoteStart())).startsWith(cited.quote());
        assertThat(cited.pageUrl()).isEqualTo(page.url());
        assertThat(cited.capturedAt()).isNotNull();
        assertThat(reviews.open(reviewer, id()).evidenceFor("A1")).containsExactly(cited);

        reviews.removeEvidence(reviewer, id(), cited.evidenceId());
        assertThat(reviews.open(reviewer, id()).evidenceFor("A1")).isEmpty();
    }

    @Test
    void aQuoteNotOnThePageOrAPageOfAnotherMunicipalityIsRefused() {
        SnapshotPage page = pageWithText();
        SnapshotPage norrvik = world.services().snapshots().pages(world.crawlRoundId(), DemoWorld.NORRVIK, "").get(0);

        assertThatThrownBy(() -> reviews.cite(reviewer, id(), "A1", page.pageId(), "Detta står inte på sidan", 0))
                .isInstanceOf(UserError.class).hasMessageContaining("finns inte i sidans text");
        assertThatThrownBy(() -> reviews.cite(reviewer, id(), "A1", norrvik.pageId(), "Norrvik", 0))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> reviews.cite(reviewer, id(), "A1", page.pageId(), " ", 0))
                .isInstanceOf(UserError.class).hasMessageContaining("Markera");
    }

    @Test
    void submittingNeedsEveryItemScoredAndConfirmationForPositiveScoresWithoutEvidence() {
        List<Item> items = reviews.open(reviewer, id()).checklist().items();
        reviews.save(reviewer, id(), items.get(0).id(), "2", "", 0);

        assertThat(reviews.submit(reviewer, id(), true)).isInstanceOfSatisfying(SubmitOutcome.Incomplete.class,
                incomplete -> assertThat(incomplete.unscored()).hasSize(items.size() - 1));
        items.stream().skip(1).forEach(item -> reviews.save(reviewer, id(), item.id(), "0", "", 0));

        assertThat(reviews.submit(reviewer, id(), false)).isInstanceOfSatisfying(
                SubmitOutcome.NeedsConfirmation.class,
                confirm -> assertThat(confirm.withoutEvidence()).containsExactly(items.get(0)));
        assertThat(world.review(reviewer, id()).submitted()).isFalse();

        assertThat(reviews.submit(reviewer, id(), true)).isInstanceOf(SubmitOutcome.Submitted.class);
        assertThat(world.review(reviewer, id()).submitted()).isTrue();
        assertThatThrownBy(() -> reviews.save(reviewer, id(), items.get(0).id(), "1", "", 1))
                .isInstanceOf(UserError.class).hasMessageContaining("inskickad");
    }

    @Test
    void onlyAnAdminReopensASubmittedReviewAndOnlyWithAReason() {
        List<Item> items = reviews.open(reviewer, id()).checklist().items();
        items.forEach(item -> reviews.save(reviewer, id(), item.id(), "0", "", 0));
        reviews.submit(reviewer, id(), false);
        User admin = world.account("reviews-lead", Role.ADMIN, null);

        assertThatThrownBy(() -> reviews.reopen(reviewer, id(), "skäl")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> reviews.reopen(admin, id(), "  ")).isInstanceOf(UserError.class)
                .hasMessageContaining("Skriv varför");
        assertThat(world.review(reviewer, id()).submitted()).isTrue();
        reviews.reopen(admin, id(), "Kommunen påpekade en missad sida");

        assertThat(world.review(reviewer, id()).status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(reviews.save(reviewer, id(), items.get(0).id(), "1", "", 1)).isInstanceOf(SaveOutcome.Saved.class);
        assertThatThrownBy(() -> reviews.reopen(admin, id(), "igen")).isInstanceOf(UserError.class);
        assertThat(world.services().audit().forSubject("granskning " + id()))
                .filteredOn(entry -> entry.action().equals("granskning återöppnad"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.afterValue()).endsWith("Kommunen påpekade en missad sida"));
    }

    @Test
    void myListShowsMyReviewsWithProgress() {
        reviews.save(reviewer, id(), "A1", "2", "", 0);

        assertThat(reviews.assignedTo(reviewer)).singleElement().satisfies(listed -> {
            assertThat(listed.municipalityName()).isEqualTo("Ekbacka kommun");
            assertThat(listed.status()).isEqualTo(ReviewStatus.IN_PROGRESS);
            assertThat(listed.scoredItems()).isEqualTo(1);
            assertThat(listed.totalItems()).isEqualTo(31);
        });
    }

    @Test
    void theScoredCountFollowsScoringChangingAndClearingAnItem() {
        assertThat(scoredAfter(reviews.save(reviewer, id(), "A1", "2", "", 0))).isEqualTo(1);
        assertThat(scoredAfter(reviews.save(reviewer, id(), "A2", "1", "", 0))).isEqualTo(2);
        assertThat(scoredAfter(reviews.save(reviewer, id(), "A1", "0", "Ändrad poäng", 1))).isEqualTo(2);
        assertThat(scoredAfter(reviews.save(reviewer, id(), "A1", "0", "Bara kommentaren ändrad", 2))).isEqualTo(2);
        assertThat(scoredAfter(reviews.save(reviewer, id(), "A2", "", "Poängen borttagen", 1))).isEqualTo(1);
        assertThat(scoredAfter(reviews.save(reviewer, id(), "A2", "", "Fortfarande utan poäng", 2))).isEqualTo(1);

        assertThat(reviews.assignedTo(reviewer)).singleElement()
                .satisfies(listed -> assertThat(listed.scoredItems()).isEqualTo(1));
    }

    @Test
    void concurrentSavesToOneReviewCountEveryScoredItem() throws Exception {
        List<String> itemIds = reviews.open(reviewer, id()).checklist().items().stream().map(Item::id).limit(8)
                .toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(itemIds.size());
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<SaveOutcome>> saves = itemIds.stream().map(itemId -> pool.submit(() -> {
                start.await();
                return reviews.save(reviewer, id(), itemId, "1", "Samtidigt sparat", 0);
            })).toList();
            start.countDown();
            for (java.util.concurrent.Future<SaveOutcome> save : saves) {
                assertThat(save.get()).isInstanceOf(SaveOutcome.Saved.class);
            }
        } finally {
            pool.shutdownNow();
        }

        Workspace workspace = reviews.open(reviewer, id());
        assertThat(workspace.scoredCount()).isEqualTo(itemIds.size());
        assertThat(reviews.assignedTo(reviewer)).singleElement()
                .satisfies(listed -> assertThat(listed.scoredItems()).isEqualTo(itemIds.size()));
    }

    @Test
    void twoFirstSavesOfOneItemAtOnceGiveOneSaveAndOneConflict() throws Exception {
        int tabs = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(tabs);
        List<SaveOutcome> outcomes = new java.util.ArrayList<>();
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<SaveOutcome>> saves = java.util.stream.IntStream.range(0, tabs)
                    .mapToObj(tab -> pool.submit(() -> {
                        start.await();
                        return reviews.save(reviewer, id(), "A1", "2", "Flik " + tab, 0);
                    })).toList();
            start.countDown();
            for (java.util.concurrent.Future<SaveOutcome> save : saves) {
                outcomes.add(save.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).filteredOn(SaveOutcome.Saved.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(SaveOutcome.Conflict.class::isInstance).hasSize(tabs - 1);
        ItemAnswer stored = reviews.open(reviewer, id()).answer("A1");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(outcomes).filteredOn(SaveOutcome.Conflict.class::isInstance)
                .allSatisfy(conflict -> assertThat(((SaveOutcome.Conflict) conflict).current().comment())
                        .isEqualTo(stored.comment()));
        assertThat(reviews.assignedTo(reviewer)).singleElement()
                .satisfies(listed -> assertThat(listed.scoredItems()).isEqualTo(1));
    }

    private static long scoredAfter(SaveOutcome outcome) {
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        return ((SaveOutcome.Saved) outcome).scored();
    }

    private long id() {
        return assignment.reviewId();
    }

    private SnapshotPage pageWithText() {
        return world.services().snapshots().pages(world.crawlRoundId(), DemoWorld.EKBACKA, "hemtjänst").stream()
                .filter(page -> page.textLength() > 200).findFirst().orElseThrow();
    }

    private Item firstItem(java.util.function.Predicate<Item> which) {
        return reviews.open(reviewer, id()).checklist().items().stream().filter(which).findFirst().orElseThrow();
    }
}
