package se.webbgranskning.bench.web;

import java.util.Arrays;
import java.util.function.LongConsumer;

/** Latencies of one kind of request, recorded from many threads; percentiles by sorting (the runs are short). */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** The latency below which {@code percent} per cent of the requests fall, in milliseconds (nearest rank). */
    synchronized double percentileMillis(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1e6;
    }

    synchronized void forEach(LongConsumer each) {
        for (int i = 0; i < count; i++) {
            each.accept(nanos[i]);
        }
    }
}
