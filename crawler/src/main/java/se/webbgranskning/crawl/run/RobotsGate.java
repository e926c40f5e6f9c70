package se.webbgranskning.crawl.run;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.WebURL;
import edu.uci.ics.crawler4j.url.WebURLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.webbgranskning.crawl.FailureKind;
import se.webbgranskning.crawl.fetch.Exchange;
import se.webbgranskning.crawl.fetch.FetchOutcome;
import se.webbgranskning.crawl.fetch.Politeness;
import se.webbgranskning.crawl.index.PageRow;

/**
 * robots.txt per RFC 9309, in place of crawler4j's own check (which treats a 5xx robots.txt as allow-all and
 * lets seeds pass unchecked): 2xx is parsed, redirects are followed up to five hops, 4xx allows all, 5xx or an
 * unreachable host disallows all. Seeds are checked like every other URL. A Crawl-delay larger than ours is
 * honoured, up to {@link #MAX_CRAWL_DELAY}. Each robots.txt response is archived like any page.
 */
final class RobotsGate extends RobotstxtServer {

    static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);
    private static final int MAX_REDIRECTS = 5;

    private final RecordingPageFetcher fetcher;
    private final String agentToken;
    private final Map<String, HostRules> rulesByHost = new HashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

    RobotsGate(RecordingPageFetcher fetcher, WebURLFactory factory, String agentToken) {
        super(disabledBuiltInConfig(), fetcher, factory);
        this.fetcher = fetcher;
        this.agentToken = agentToken;
    }

    private static RobotstxtConfig disabledBuiltInConfig() {
        RobotstxtConfig config = new RobotstxtConfig();
        config.setEnabled(true);
        config.setSkipCheckForSeeds(false);
        return config;
    }

    @Override
    public boolean allows(WebURL webURL, boolean isSeed) throws InterruptedException {
        URI uri;
        try {
            uri = URI.create(webURL.getURL());
        } catch (IllegalArgumentException e) {
            return true; // the fetcher records the invalid URL
        }
        if (uri.getHost() == null) {
            return true;
        }
        HostRules rules = rulesFor(uri);
        if (rules.rules().isAllowed(webURL.getURL())) {
            return true;
        }
        fetcher.recorder().recordFailure(Target.of(webURL), PageRow.PURPOSE_PAGE, FailureKind.ROBOTS_DENIED,
                rules.denial());
        return false;
    }

    /** A host's rules and the sentence that explains a refusal by them. */
    private record HostRules(BaseRobotRules rules, String denial) {
    }

    private synchronized HostRules rulesFor(URI uri) throws InterruptedException {
        String host = Politeness.hostKey(uri);
        HostRules known = rulesByHost.get(host);
        if (known != null) {
            return known;
        }
        HostRules rules = fetchRules(URI.create(host + "/robots.txt"), uri.getHost());
        if (rules.rules().getCrawlDelay() > 0) {
            long millis = Math.min(rules.rules().getCrawlDelay(), MAX_CRAWL_DELAY.toMillis());
            fetcher.politeness().requestDelay(host, Duration.ofMillis(millis));
        }
        rulesByHost.put(host, rules);
        return rules;
    }

    private HostRules fetchRules(URI robotsUrl, String host) throws InterruptedException {
        String disallowAll = "; enligt RFC 9309 hämtas då inget från värden";
        URI current = robotsUrl;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Target target = new Target(current.toString(), 0, null, null);
            Optional<FetchOutcome> outcome = fetcher.fetch(target, PageRow.PURPOSE_ROBOTS);
            if (outcome.isEmpty() || outcome.get() instanceof FetchOutcome.Failed) {
                String why = outcome.map(o -> ((FetchOutcome.Failed) o).reason()).orElse("ogiltig adress");
                return new HostRules(parser.failedFetch(503),
                        "robots.txt på " + host + " kunde inte hämtas (" + why + ")" + disallowAll);
            }
            Exchange exchange = ((FetchOutcome.Received) outcome.get()).exchange();
            Optional<URI> next = exchange.isRedirect()
                    ? exchange.header("Location").flatMap(l -> resolve(exchange.url(), l))
                    : Optional.empty();
            record(target, exchange, next);
            if (exchange.status() >= 200 && exchange.status() <= 299) {
                return new HostRules(parser.parseContent(current.toString(), exchange.body(),
                        exchange.header("Content-Type").orElse("text/plain"), List.of(agentToken)),
                        "robots.txt på " + host + " tillåter inte att sidan hämtas");
            }
            if (next.isPresent()) {
                current = next.get();
                continue;
            }
            // 4xx: no robots.txt, everything allowed; 5xx (and anything else): disallow all.
            boolean missing = exchange.status() >= 400 && exchange.status() < 500;
            return new HostRules(parser.failedFetch(missing ? 404 : 503),
                    "robots.txt på " + host + " svarade " + exchange.status() + disallowAll);
        }
        return new HostRules(parser.failedFetch(503),
                "robots.txt på " + host + " omdirigerades mer än " + MAX_REDIRECTS + " gånger" + disallowAll);
    }

    private void record(Target target, Exchange exchange, Optional<URI> next) {
        try {
            fetcher.recorder().record(target, exchange, PageRow.PURPOSE_ROBOTS, next, uri -> true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<URI> resolve(URI base, String location) {
        try {
            URI resolved = base.resolve(location.strip());
            return resolved.getHost() == null ? Optional.empty() : Optional.of(resolved);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
