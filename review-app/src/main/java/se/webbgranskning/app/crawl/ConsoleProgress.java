package se.webbgranskning.app.crawl;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.webbgranskning.crawl.LimitKind;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.run.CrawlProgress;
import se.webbgranskning.crawl.run.SiteResult;

/**
 * Shows a round's progress: on a terminal a line per finished municipality with the count done, pages, errors
 * and an estimate of the time left; otherwise the same lines go to the log, so that a crawl run by a scheduler
 * leaves a record.
 */
final class ConsoleProgress implements CrawlProgress {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleProgress.class);

    private final PrintWriter out;
    private final boolean terminal;
    private final Clock clock;
    private final Instant started;
    private int pages;
    private int errors;

    ConsoleProgress(PrintWriter out, boolean terminal, Clock clock) {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
        this.started = clock.instant();
    }

    @Override
    public void siteStarted(SiteTarget site) {
    }

    @Override
    public synchronized void siteFinished(SiteResult result, int done, int total) {
        pages += result.pages() + result.pdfs();
        errors += result.failureCount();
        Duration elapsed = Duration.between(started, clock.instant());
        Duration left = elapsed.multipliedBy(total - done).dividedBy(Math.max(1, done));
        String limits = result.limitsHit().isEmpty() ? "" : ", gränser: "
                + result.limitsHit().stream().map(LimitKind::key).sorted().collect(Collectors.joining(","));
        String line = String.format("[%d/%d] %s %s: %d sidor, %d PDF, %d fel%s%s – totalt %d dokument, %d fel, kvar ca %s",
                done, total, result.site().code(), result.site().name(), result.pages(), result.pdfs(),
                result.failureCount(), limits, result.error().map(e -> ", AVBRUTEN: " + e).orElse(""), pages, errors,
                clockTime(left));
        out.println(line);
        out.flush();
        if (!terminal) {
            LOG.info(line);
        }
    }

    private static String clockTime(Duration d) {
        return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
    }
}
