package se.webbgranskning.app.secondreview;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A round's recorded draw for blind second review: the rule (share, minimum), the seed, the municipalities drawn
 * from and those drawn. {@link SampleDraw#draw} with these values gives {@code drawn} again.
 */
public record SecondReviewDraw(long reviewRoundId, int sharePercent, int minimumCount, long seed,
                               List<String> candidates, List<String> drawn, String drawnBy,
                               OffsetDateTime drawnAt) {

    public SecondReviewDraw {
        candidates = List.copyOf(candidates);
        drawn = List.copyOf(drawn);
    }
}
