package se.webbgranskning.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Peak heap (sampled every 10 ms, and the JVM's own per-pool peaks) and peak RSS of this process. */
public final class PeakMemory implements AutoCloseable {

    private volatile long peakHeapSampled;
    private volatile long peakHeapAfterGc;
    // Its thread starts at once: any field that sample() needs must be initialised above this line.
    private final PeriodicSampler sampler = new PeriodicSampler("heap-sampler", 10, this::sample);

    private void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (used > peakHeapSampled) {
            peakHeapSampled = used;
        }
        long afterGc = heapAfterLastCollections();
        if (afterGc > peakHeapAfterGc) {
            peakHeapAfterGc = afterGc;
        }
    }

    public long peakHeapSampled() {
        return peakHeapSampled;
    }

    /** The largest heap still in use right after a collection: the live data, without garbage not yet collected. */
    public long peakHeapAfterGc() {
        return peakHeapAfterGc;
    }

    private static long heapAfterLastCollections() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getCollectionUsage).mapToLong(u -> u == null ? 0 : u.getUsed()).sum();
    }

    public static long maxHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    /** VmHWM from /proc/self/status, in bytes; empty where there is no /proc. */
    public static Optional<Long> peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        sampler.close();
    }
}
