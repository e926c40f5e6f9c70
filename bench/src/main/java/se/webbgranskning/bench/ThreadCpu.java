package se.webbgranskning.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads by kind (the JIT compilers, the garbage collector, everything else), from
 * {@code /proc/self/task}, sampled every 200 ms, so that a benchmark can say how much of a crawl's CPU went into
 * the JVM's own work: the compilers and collectors are native threads, invisible to the Java thread API. A thread
 * that ends between two samples loses its last interval; the compilers and collectors seldom end. Empty figures
 * where there is no {@code /proc}.
 */
final class ThreadCpu implements AutoCloseable {

    /** Linux counts CPU time in clock ticks of 1/100 s on every common configuration (USER_HZ). */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /** CPU time used so far, by kind of thread. */
    record Split(Duration jit, Duration gc, Duration other) {
        Split minus(Split earlier) {
            return new Split(jit.minus(earlier.jit), gc.minus(earlier.gc), other.minus(earlier.other));
        }
    }

    private final Map<String, Long> ticksByThread = new HashMap<>();
    private final Map<String, String> nameByThread = new HashMap<>();
    // Declared after the maps: its thread starts at once and samples into them.
    private final PeriodicSampler sampler = new PeriodicSampler("thread-cpu-sampler", 200, this::sample);

    /** The CPU time each kind of thread has used so far (sampled now). */
    synchronized Split now() {
        sample();
        long jit = 0;
        long gc = 0;
        long other = 0;
        for (Map.Entry<String, Long> thread : ticksByThread.entrySet()) {
            String name = nameByThread.get(thread.getKey());
            if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                jit += thread.getValue();
            } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                gc += thread.getValue();
            } else {
                other += thread.getValue();
            }
        }
        return new Split(Duration.ofNanos(jit * NANOS_PER_TICK), Duration.ofNanos(gc * NANOS_PER_TICK),
                Duration.ofNanos(other * NANOS_PER_TICK));
    }

    private synchronized void sample() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    // after the name: state, then 10 more fields, then utime and stime (fields 14 and 15 of stat)
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    // a thread id is reused once its thread has ended; with its start time it names one thread
                    String id = task.getFileName() + "@" + fields[19];
                    ticksByThread.put(id, ticks);
                    nameByThread.put(id, name);
                } catch (IOException | RuntimeException ended) {
                    // the thread ended while it was read: its last sample stands
                }
            });
        } catch (IOException noProc) {
            // not Linux: every kind stays at zero
        }
    }

    @Override
    public void close() {
        sampler.close();
    }
}
