package se.webbgranskning.app.secondreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SampleDrawTest {

    private static final List<String> CODES = IntStream.range(0, 290).mapToObj(i -> String.format("%04d", 100 + i))
            .toList();

    @Test
    void theSizeIsTheShareRoundedUpAtLeastTheMinimumAtMostEveryone() {
        assertThat(SampleDraw.size(290, 20, 5)).isEqualTo(58);
        assertThat(SampleDraw.size(11, 20, 1)).isEqualTo(3);
        assertThat(SampleDraw.size(10, 20, 5)).isEqualTo(5);
        assertThat(SampleDraw.size(3, 20, 5)).isEqualTo(3);
        assertThat(SampleDraw.size(0, 20, 5)).isZero();
    }

    @Test
    void theSameCandidatesAndSeedGiveTheSameSampleWhateverTheirOrder() {
        List<String> shuffled = new ArrayList<>(CODES);
        Collections.reverse(shuffled);

        List<String> once = SampleDraw.draw(CODES, 20, 5, 42L);

        assertThat(SampleDraw.draw(shuffled, 20, 5, 42L)).isEqualTo(once);
        assertThat(once).hasSize(58).doesNotHaveDuplicates();
        assertThat(CODES).containsAll(once);
    }

    @Test
    void anotherSeedGivesAnotherSampleAndEveryMunicipalityCanBeDrawn() {
        assertThat(SampleDraw.draw(CODES, 20, 5, 1L)).isNotEqualTo(SampleDraw.draw(CODES, 20, 5, 2L));
        List<String> everDrawn = new ArrayList<>();
        for (long seed = 0; seed < 200; seed++) {
            everDrawn.addAll(SampleDraw.draw(CODES, 20, 5, seed));
        }
        assertThat(everDrawn).containsAll(CODES);
    }

    @Test
    void aShareOutsideZeroToHundredOrANegativeMinimumIsRefused() {
        assertThatThrownBy(() -> SampleDraw.draw(CODES, 101, 5, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleDraw.draw(CODES, 20, -1, 1L)).isInstanceOf(IllegalArgumentException.class);
    }
}
