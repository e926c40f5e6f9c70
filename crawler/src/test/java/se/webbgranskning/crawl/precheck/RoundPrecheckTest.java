package se.webbgranskning.crawl.precheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Checklist;

/** Pre-checking a whole round: the same suggestions on one thread and on many, in the order asked for. */
class RoundPrecheckTest {

    private static final Checklist CHECKLIST = BundledChecklists.load("delindex1-2026").orElseThrow();
    private static final List<String> SITES =
            List.of("ekbacka", "norrvik", "sjoholm", "lillfors", "robotsby", "stormby", "krokvik");

    private static List<String> codes(PrecheckFixtureCrawl crawl) {
        return SITES.stream().map(crawl::code).toList();
    }

    @Test
    void manyThreadsGiveTheSameSuggestionsAsOneInTheOrderAskedFor() {
        PrecheckFixtureCrawl crawl = PrecheckFixtureCrawl.get();
        List<String> codes = new ArrayList<>(codes(crawl));
        // Several copies of each municipality, so that the threads really do run side by side.
        for (int i = 0; i < 3; i++) {
            codes.addAll(codes(crawl));
        }
        RoundPrecheck precheck = new RoundPrecheck(crawl.jdbi);

        List<RoundPrecheck.Result> single = precheck.run(crawl.round, codes, CHECKLIST, 1);
        List<RoundPrecheck.Result> parallel = precheck.run(crawl.round, codes, CHECKLIST, 4);

        assertThat(single).extracting(RoundPrecheck.Result::kommunkod).containsExactlyElementsOf(codes);
        assertThat(parallel).isEqualTo(single);
        assertThat(single.stream().flatMap(r -> r.suggestions().stream()).map(ItemSuggestion::verdict).distinct())
                .as("the fixture sites get every kind of verdict, so the comparison is not of empty results")
                .containsExactlyInAnyOrder(Verdict.values());
    }

    @Test
    void eachResultIsWhatThePrecheckOfThatSnapshotAloneSuggests() {
        PrecheckFixtureCrawl crawl = PrecheckFixtureCrawl.get();

        List<RoundPrecheck.Result> results = new RoundPrecheck(crawl.jdbi).run(crawl.round, codes(crawl), CHECKLIST, 2);

        for (RoundPrecheck.Result result : results) {
            PrecheckInput input = new PrecheckInputReader(crawl.jdbi).read(crawl.round, result.kommunkod()).orElseThrow();
            assertThat(result.day()).isEqualTo(input.snapshotDate());
            assertThat(result.pages()).isEqualTo(input.pages().size());
            assertThat(result.suggestions()).isEqualTo(Precheck.run(CHECKLIST, input, input.snapshotDate()));
        }
    }

    @Test
    void municipalitiesTheRoundDidNotCrawlAreLeftOut() {
        PrecheckFixtureCrawl crawl = PrecheckFixtureCrawl.get();
        String ekbacka = crawl.code("ekbacka");

        List<RoundPrecheck.Result> results =
                new RoundPrecheck(crawl.jdbi).run(crawl.round, List.of("0114", ekbacka, "0000"), CHECKLIST, 2);

        assertThat(results).extracting(RoundPrecheck.Result::kommunkod).containsExactly(ekbacka);
    }

    @Test
    void aFailureOnAWorkerThreadReachesTheCallerAsItself() {
        // A database without the page index: reading any snapshot fails.
        Jdbi empty = Jdbi.create("jdbc:h2:mem:round-precheck-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        assertThatThrownBy(() -> new RoundPrecheck(empty).run("2026-08-15-1", List.of("0001", "0002"), CHECKLIST, 2))
                .isInstanceOf(JdbiException.class)
                .hasMessageContaining("CRAWL_ROUND");
    }

    @Test
    void fewerThanOneThreadIsRefusedWithASwedishMessage() {
        PrecheckFixtureCrawl crawl = PrecheckFixtureCrawl.get();

        assertThatThrownBy(() -> new RoundPrecheck(crawl.jdbi).run(crawl.round, codes(crawl), CHECKLIST, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("antalet trådar måste vara minst 1, inte 0");
    }
}
