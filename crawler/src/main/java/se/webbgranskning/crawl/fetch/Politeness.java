package se.webbgranskning.crawl.fetch;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the starts of two requests to one host (scheme, host and port) at least a delay apart, and never lets
 * two run at once: at most one request per delay, however fast or slow the server answers. The delay is ours or
 * the host's robots.txt Crawl-delay, whichever is larger. Thread-safe; a caller waits outside the lock.
 */
public final class Politeness {

    private final Duration ourDelay;
    private final Map<String, Long> lastStartMillis = new HashMap<>();
    private final Map<String, Boolean> inFlight = new HashMap<>();
    private final Map<String, Duration> hostDelays = new HashMap<>();
    private final Clock clock;

    public Politeness(Duration ourDelay, Clock clock) {
        this.ourDelay = ourDelay;
        this.clock = clock;
    }

    /** Robots.txt asked for a delay; it applies only if larger than ours. */
    public synchronized void requestDelay(String hostKey, Duration crawlDelay) {
        if (crawlDelay.compareTo(ourDelay) > 0) {
            hostDelays.put(hostKey, crawlDelay);
        }
    }

    public synchronized Duration delayFor(String hostKey) {
        return hostDelays.getOrDefault(hostKey, ourDelay);
    }

    /** Blocks until a request to the host may start, and counts it as started. */
    public void awaitTurn(String hostKey) throws InterruptedException {
        while (true) {
            long waitMillis;
            synchronized (this) {
                long now = clock.millis();
                Long last = lastStartMillis.get(hostKey);
                boolean busy = inFlight.getOrDefault(hostKey, false);
                waitMillis = busy ? 10 : last == null ? 0 : last + delayFor(hostKey).toMillis() - now;
                if (waitMillis <= 0) {
                    lastStartMillis.put(hostKey, now);
                    inFlight.put(hostKey, true);
                    return;
                }
            }
            Thread.sleep(waitMillis);
        }
    }

    /** A request to the host has ended (answered or failed). */
    public synchronized void finished(String hostKey) {
        inFlight.put(hostKey, false);
    }

    public static String hostKey(java.net.URI url) {
        int port = se.webbgranskning.crawl.net.Hosts.effectivePort(url);
        return url.getScheme().toLowerCase(java.util.Locale.ROOT) + "://"
                + url.getHost().toLowerCase(java.util.Locale.ROOT) + ":" + port;
    }
}
