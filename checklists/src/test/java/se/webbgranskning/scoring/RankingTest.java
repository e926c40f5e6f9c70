package se.webbgranskning.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class RankingTest {

    private record Entry(String name, int score) {
    }

    private static final Comparator<Entry> HIGHEST_FIRST = Comparator.comparingInt(Entry::score).reversed();

    @Test
    void tiesShareARankAndTheNextRankIsSkipped() {
        List<Ranking.Ranked<Entry>> ranked = Ranking.competition(List.of(
                new Entry("c", 70), new Entry("a", 90), new Entry("b", 80), new Entry("d", 80), new Entry("e", 10)),
                HIGHEST_FIRST);

        assertThat(ranked).extracting(r -> r.entry().name() + "=" + r.rank())
                .containsExactly("a=1", "b=2", "d=2", "c=4", "e=5");
    }

    @Test
    void allTiedShareFirstPlace() {
        assertThat(Ranking.competition(List.of(new Entry("a", 5), new Entry("b", 5), new Entry("c", 5)), HIGHEST_FIRST))
                .extracting(Ranking.Ranked::rank).containsExactly(1, 1, 1);
    }

    @Test
    void emptyInputGivesNoRanks() {
        assertThat(Ranking.competition(List.<Entry>of(), HIGHEST_FIRST)).isEmpty();
    }
}
