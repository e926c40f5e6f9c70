package se.webbgranskning.crawl.run;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.webbgranskning.crawl.FailureKind;
import se.webbgranskning.crawl.LimitKind;
import se.webbgranskning.crawl.SiteTarget;

/** How one municipality's crawl ended. {@code error} is set when the crawl itself broke (not a page failure). */
public record SiteResult(SiteTarget site, int pages, int pdfs, Map<FailureKind, Integer> failures, long bytes,
                         long bytesWritten, double seconds, Set<LimitKind> limitsHit, Optional<String> error) {

    public int failureCount() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }
}
