package se.webbgranskning.crawl.run;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.netpreserve.jwarc.WarcRecord;
import se.webbgranskning.crawl.FailureKind;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.fetch.Exchange;
import se.webbgranskning.crawl.index.EarlierCapture;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.index.PageRow;
import se.webbgranskning.crawl.warc.CaptureRecords;
import se.webbgranskning.crawl.warc.WarcLocation;
import se.webbgranskning.crawl.warc.WarcSink;

/**
 * Stores what one municipality's crawl fetches: WARC records first, then the page-index row that points at them,
 * so the index never points at a record that is not there. Keeps the redirect chains that crawler4j forgets
 * (it re-schedules a redirect target as a new URL) and hands the read document to the link parser.
 */
final class SiteRecorder implements Closeable {

    private static final int MAX_REDIRECTS = 10;

    private final String roundId;
    private final SiteTarget site;
    private final PageIndex index;
    private final DocumentReader reader;
    private final WarcFiles warcFiles;
    private final Clock clock;
    private final SiteStats stats;
    private final Map<String, String> redirectedFrom = new ConcurrentHashMap<>();
    private final Map<String, ReadDocument> readForParser = new ConcurrentHashMap<>();
    private WarcSink sink;

    SiteRecorder(String roundId, SiteTarget site, PageIndex index, DocumentReader reader, WarcFiles warcFiles,
                 Clock clock, SiteStats stats) {
        this.roundId = roundId;
        this.site = site;
        this.index = index;
        this.reader = reader;
        this.warcFiles = warcFiles;
        this.clock = clock;
        this.stats = stats;
    }

    /** What became of a recorded redirect: where to go next, or nowhere (loop, too long, off the site). */
    record RedirectVerdict(Optional<String> followTo) {
    }

    /**
     * Stores a response of any status; returns the verdict on where a redirect may lead.
     *
     * @param target a redirect's Location, resolved and normalised as the frontier spells URLs
     */
    synchronized RedirectVerdict record(Target url, Exchange exchange, String purpose, Optional<URI> target,
                                        java.util.function.Predicate<URI> mayRedirectTo) throws IOException {
        List<String> chain = chainTo(url.url());
        Optional<String> follow = Optional.empty();
        FailureKind failure = null;
        String failureReason = null;
        if (exchange.isRedirect()) {
            if (target.isEmpty()) {
                failure = FailureKind.REDIRECT_INVALID;
                failureReason = "omdirigering utan giltig Location-adress";
            } else if (chain.contains(target.get().toString()) || target.get().toString().equals(url.url())) {
                failure = FailureKind.REDIRECT_LOOP;
                failureReason = "omdirigeringarna går i ring: " + target.get();
            } else if (chain.size() >= MAX_REDIRECTS) {
                failure = FailureKind.TOO_MANY_REDIRECTS;
                failureReason = "fler än " + MAX_REDIRECTS + " omdirigeringar i rad";
            } else if (!mayRedirectTo.test(target.get())) {
                failure = FailureKind.REDIRECT_OFF_SITE;
                failureReason = "omdirigeringen leder utanför kommunens webbplats: " + target.get();
            } else {
                follow = Optional.of(target.get().toString());
                redirectedFrom.putIfAbsent(follow.get(), url.url());
            }
        }
        if (index.contains(roundId, site.code(), url.url())) {
            // A resumed crawl fetches again what was in flight when it stopped: keep the first capture only.
            readForParser.put(url.url(), reader.read(exchange));
            return new RedirectVerdict(follow);
        }
        ReadDocument document = reader.read(exchange);
        if (exchange.status() >= 400) {
            failure = exchange.status() >= 500 ? FailureKind.HTTP_5XX : FailureKind.HTTP_4XX;
            failureReason = "servern svarade " + exchange.status() + " " + exchange.reason();
        } else if (document.unreadableReason().isPresent()) {
            failure = FailureKind.UNPARSABLE;
            failureReason = document.unreadableReason().get();
        }
        Stored stored = store(exchange);
        String redirectChain = redirectChain(chain, url.url(), exchange.isRedirect() ? target : Optional.empty());
        PageRow row = new PageRow(roundId, site.code(), PageIndex.urlKey(url.url()), url.url(), purpose,
                exchange.isRedirect() ? null : url.url(), redirectChain, exchange.status(), exchange.header("Content-Type").orElse(null),
                document.charset().orElse(null), OffsetDateTime.ofInstant(exchange.fetchedAt(), ZoneOffset.UTC),
                url.depth(), null, url.parentUrl(), truncate(url.anchor(), 1000),
                stored.sha256, (long) exchange.body().length, stored.recordType, stored.recordId,
                stored.location.file(), stored.location.offset(), stored.location.length(),
                stored.payloadFile, stored.payloadOffset, stored.payloadLength, truncate(document.title(), 1000),
                document.mainText(), document.lastUpdated().orElse(null), document.noindex(),
                failure == null ? null : failure.key(), failureReason);
        index.add(row, document.links().stream().map(l -> l.url().toString()).toList(),
                document.links().stream().map(l -> truncate(l.text(), 1000)).toList());
        stats.recorded(purpose, exchange, failure, stored.bytesWritten);
        readForParser.put(url.url(), document);
        return new RedirectVerdict(follow);
    }

    /** Records a URL that has no response to store: refused, unreachable, too large … */
    synchronized void recordFailure(Target url, String purpose, FailureKind kind, String reason) {
        if (index.contains(roundId, site.code(), url.url())) {
            return;
        }
        PageRow row = new PageRow(roundId, site.code(), PageIndex.urlKey(url.url()), url.url(), purpose,
                null, null, null, null, null, OffsetDateTime.now(clock), url.depth(), null, url.parentUrl(),
                truncate(url.anchor(), 1000), null, null, null, null, null, null, null, null, null, null, null,
                null, null, false, kind.key(), truncate(reason, 2000));
        index.add(row, List.of(), List.of());
        stats.failed(kind);
    }

    /** The document read when the URL was recorded, for the link parser; each is handed out once. */
    Optional<ReadDocument> takeRead(String url) {
        return Optional.ofNullable(readForParser.remove(url));
    }

    private record Stored(String sha256, String recordType, String recordId, WarcLocation location,
                          String payloadFile, Long payloadOffset, Long payloadLength, long bytesWritten) {
    }

    private Stored store(Exchange exchange) throws IOException {
        WarcSink warc = sink();
        String sha256 = sha256(exchange.body());
        UUID responseId = UUID.randomUUID();
        Optional<EarlierCapture> earlier = exchange.status() >= 200 && exchange.status() <= 299
                && exchange.body().length > 0
                ? index.earlierCapture(site.code(), exchange.url().toString(), sha256, roundId)
                : Optional.empty();
        WarcRecord main = earlier.isPresent()
                ? CaptureRecords.revisit(exchange, warc.warcinfoId(), responseId,
                        URI.create(earlier.get().warcRecordId()), URI.create(earlier.get().url()),
                        earlier.get().fetchedAt().toInstant())
                : CaptureRecords.response(exchange, warc.warcinfoId(), responseId);
        WarcLocation mainAt = warc.write(main);
        WarcLocation requestAt = warc.write(CaptureRecords.request(exchange, warc.warcinfoId(), responseId));
        long written = mainAt.length() + requestAt.length();
        String recordId = "urn:uuid:" + responseId;
        if (earlier.isPresent()) {
            EarlierCapture e = earlier.get();
            return new Stored(sha256, "revisit", recordId, mainAt, e.file(), e.recordOffset(), e.recordLength(),
                    written);
        }
        return new Stored(sha256, "response", recordId, mainAt, null, null, null, written);
    }

    private WarcSink sink() throws IOException {
        if (sink == null) {
            sink = warcFiles.open(roundId, site);
        }
        return sink;
    }

    /** The URLs that redirected, one after another, to {@code url}, first first. */
    private List<String> chainTo(String url) {
        List<String> chain = new ArrayList<>();
        String current = url;
        for (int i = 0; i <= MAX_REDIRECTS; i++) {
            String source = redirectedFrom.get(current);
            if (source == null || chain.contains(source)) {
                break;
            }
            chain.add(0, source);
            current = source;
        }
        return chain;
    }

    /**
     * The hops that led here and, for a redirect, the hop it leads to, as URLs separated by spaces: "A B C" for
     * A redirecting to B and B to C. None for a page nobody redirected to that redirects nowhere.
     */
    private static String redirectChain(List<String> before, String url, Optional<URI> next) {
        if (before.isEmpty() && next.isEmpty()) {
            return null;
        }
        List<String> hops = new ArrayList<>(before);
        hops.add(url);
        next.ifPresent(t -> hops.add(t.toString()));
        return String.join(" ", hops);
    }

    /** Restores redirect knowledge from the index when a crawl resumes. */
    void rememberRedirect(String from, String to) {
        redirectedFrom.putIfAbsent(to, from);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public synchronized void close() throws IOException {
        if (sink != null) {
            sink.close();
        }
    }
}
