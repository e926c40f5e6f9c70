package se.webbgranskning.app.secondreview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Draws the municipalities for blind second review. The size is the share of the candidates rounded up, at
 * least the minimum, at most all of them. The candidates are sorted and shuffled with {@link Random}, whose
 * algorithm the Java specification fixes: the same candidates and seed give the same sample on any JVM, so a
 * recorded draw can be checked by anyone.
 */
public final class SampleDraw {

    private SampleDraw() {
    }

    public static int size(int candidates, int sharePercent, int minimum) {
        validate(sharePercent, minimum);
        int byShare = (int) Math.ceil(candidates * sharePercent / 100.0);
        return Math.min(candidates, Math.max(byShare, minimum));
    }

    /** The drawn kommunkoder, in draw order. */
    public static List<String> draw(List<String> candidates, int sharePercent, int minimum, long seed) {
        List<String> shuffled = new ArrayList<>(candidates);
        Collections.sort(shuffled);
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, size(candidates.size(), sharePercent, minimum)));
    }

    private static void validate(int sharePercent, int minimum) {
        if (sharePercent < 0 || sharePercent > 100) {
            throw new IllegalArgumentException("share must be 0–100 %, was " + sharePercent);
        }
        if (minimum < 0) {
            throw new IllegalArgumentException("minimum must not be negative, was " + minimum);
        }
    }
}
