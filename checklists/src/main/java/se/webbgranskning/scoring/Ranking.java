package se.webbgranskning.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Standard competition ranking ("1, 2, 2, 4"): entries that compare equal share a rank. */
public final class Ranking {

    public record Ranked<T>(T entry, int rank) {
    }

    private Ranking() {
    }

    /** @param betterFirst orders the best entry first; entries it finds equal share a rank */
    public static <T> List<Ranked<T>> competition(Collection<T> entries, Comparator<? super T> betterFirst) {
        List<T> sorted = new ArrayList<>(entries);
        sorted.sort(betterFirst);
        List<Ranked<T>> ranked = new ArrayList<>(sorted.size());
        for (int position = 0; position < sorted.size(); position++) {
            boolean tiesPrevious = position > 0 && betterFirst.compare(sorted.get(position - 1), sorted.get(position)) == 0;
            int rank = tiesPrevious ? ranked.get(position - 1).rank() : position + 1;
            ranked.add(new Ranked<>(sorted.get(position), rank));
        }
        return ranked;
    }
}
