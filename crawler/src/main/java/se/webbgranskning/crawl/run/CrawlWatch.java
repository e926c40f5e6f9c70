package se.webbgranskning.crawl.run;

import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.frontier.Frontier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one municipality's crawler4j controller. It ends the crawl as soon as nothing is queued or in flight,
 * instead of waiting out crawler4j's monitor (which takes seconds to notice an idle crawl, a cost that a short
 * crawl at a polite delay feels), and it stops the crawl at the time limit. It waits for the worker thread to end,
 * never forever: a controller whose monitor has failed can otherwise hang.
 */
final class CrawlWatch {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlWatch.class);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    /** How a watched crawl ended. */
    enum Ending { DONE, TIME_LIMIT }

    private final Clock clock;

    CrawlWatch(Clock clock) {
        this.clock = clock;
    }

    Ending watch(CrawlController controller, Supplier<SiteCrawler> worker, Duration limit, String siteCode)
            throws InterruptedException {
        Instant deadline = clock.instant().plus(limit);
        Ending ending = Ending.DONE;
        int idlePolls = 0;
        while (!controller.isFinished()) {
            if (clock.instant().isAfter(deadline)) {
                ending = Ending.TIME_LIMIT;
                break;
            }
            // Two idle polls in a row: the worker waits for URLs only when it has finished a page (its links already
            // scheduled), so a waiting worker and an empty queue mean there is nothing left to do. The queue is only
            // counted while the worker waits: the frontier parses every query anew, and 290 sites poll at once.
            idlePolls = isIdle(worker.get(), controller.getFrontier()) ? idlePolls + 1 : 0;
            if (idlePolls >= 2) {
                break;
            }
            Thread.sleep(POLL.toMillis());
        }
        controller.shutdown();
        Thread thread = worker.get() == null ? null : worker.get().getThread();
        if (thread != null) {
            thread.join(SHUTDOWN_GRACE.toMillis());
            if (thread.isAlive()) {
                LOG.warn("Kommun {}: crawlern avslutades inte inom {} s", siteCode, SHUTDOWN_GRACE.toSeconds());
            }
        }
        return ending;
    }

    private static boolean isIdle(SiteCrawler worker, Frontier frontier) {
        if (worker == null || worker.isNotWaitingForNewURLs()) {
            return false;
        }
        try {
            return frontier.getQueueLength() == 0 && frontier.getNumberOfAssignedPages() == 0;
        } catch (RuntimeException closing) {
            return false;
        }
    }
}
