package se.webbgranskning.crawl.run;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import se.webbgranskning.crawl.FailureKind;
import se.webbgranskning.crawl.LimitKind;
import se.webbgranskning.crawl.fetch.Exchange;
import se.webbgranskning.crawl.index.PageRow;

/** Running counts of one municipality's crawl, for progress and the round report. Thread-safe. */
public final class SiteStats {

    private int pages;
    private int pdfs;
    private long bytesReceived;
    private long bytesWritten;
    private final Map<FailureKind, Integer> failures = new EnumMap<>(FailureKind.class);
    private final Set<LimitKind> limitsHit = EnumSet.noneOf(LimitKind.class);

    synchronized void recorded(String purpose, Exchange exchange, FailureKind failure, long written) {
        bytesWritten += written;
        bytesReceived += exchange.body().length;
        if (PageRow.PURPOSE_PAGE.equals(purpose) && exchange.status() >= 200 && exchange.status() <= 299) {
            if (DocumentReader.isPdf(exchange.mediaType(), exchange)) {
                pdfs++;
            } else {
                pages++;
            }
        }
        if (failure != null) {
            failures.merge(failure, 1, Integer::sum);
        }
    }

    synchronized void failed(FailureKind kind, long written) {
        failures.merge(kind, 1, Integer::sum);
        bytesWritten += written;
    }

    synchronized void limitHit(LimitKind kind) {
        limitsHit.add(kind);
    }

    public synchronized int pages() {
        return pages;
    }

    public synchronized int pdfs() {
        return pdfs;
    }

    public synchronized long bytesReceived() {
        return bytesReceived;
    }

    public synchronized long bytesWritten() {
        return bytesWritten;
    }

    public synchronized Map<FailureKind, Integer> failures() {
        return Map.copyOf(failures);
    }

    public synchronized int failureCount() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized Set<LimitKind> limitsHit() {
        return limitsHit.isEmpty() ? Set.of() : EnumSet.copyOf(limitsHit);
    }
}
