package se.webbgranskning.crawl.run;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.netpreserve.jwarc.WarcRecord;
import se.webbgranskning.crawl.FailureKind;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.fetch.Exchange;
import se.webbgranskning.crawl.index.EarlierCapture;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.warc.CaptureRecords;
import se.webbgranskning.crawl.warc.WarcLocation;
import se.webbgranskning.crawl.warc.WarcSink;
import se.webbgranskning.crawl.warc.WarcStorageException;

/**
 * Stores what one municipality's crawl fetches: WARC records first (response or revisit, and a metadata record
 * saying how the URL was reached; the request headers are the same for every request and stated once in the
 * warcinfo record), then the page-index row that points at them, so the index never points
 * at a record that is not there. Keeps the redirect chains that crawler4j forgets (it re-schedules a redirect
 * target as a new URL) and hands the read document to the link parser.
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
    /** URLs already in the index for this municipality and round: one query at start instead of one per URL. */
    private final java.util.Set<String> indexed;
    private WarcSink sink;
    /** Why this municipality's WARC file cannot take more records; the crawl stops when it is set. */
    private WarcStorageException storageFailure;

    SiteRecorder(String roundId, SiteTarget site, PageIndex index, DocumentReader reader, WarcFiles warcFiles,
                 Clock clock, SiteStats stats) {
        this.roundId = roundId;
        this.site = site;
        this.index = index;
        this.reader = reader;
        this.warcFiles = warcFiles;
        this.clock = clock;
        this.stats = stats;
        this.indexed = index.urls(roundId, site.code());
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
                                        Predicate<URI> mayRedirectTo) throws IOException {
        List<String> chain = chainTo(url.url());
        RowBuilder.Judgement redirect = RowBuilder.Judgement.none();
        Optional<String> follow = Optional.empty();
        if (exchange.isRedirect()) {
            redirect = judgeRedirect(url.url(), chain, target, mayRedirectTo);
            if (redirect.kind().isEmpty()) {
                follow = target.map(URI::toString);
                redirectedFrom.putIfAbsent(follow.get(), url.url());
            }
        }
        ReadDocument document = reader.read(exchange);
        readForParser.put(url.url(), document);
        if (indexed.contains(url.url())) {
            // A resumed crawl fetches again what was in flight when it stopped: keep the first capture only.
            return new RedirectVerdict(follow);
        }
        RowBuilder.Judgement judgement = RowBuilder.judge(exchange, document, redirect);
        CaptureFields fields = new CaptureFields(site.code(), purpose, url, judgement.kind(), judgement.reason());
        Written written;
        try {
            written = store(exchange, fields);
        } catch (WarcStorageException e) {
            storageFailure = e;
            throw e;
        }
        index.add(RowBuilder.response(roundId, site.code(), url, purpose, exchange, chain, target, document,
                        judgement, written.stored),
                document.linkUrls(), document.linkTexts());
        indexed.add(url.url());
        stats.recorded(purpose, exchange, judgement.kind().orElse(null), written.bytes);
        return new RedirectVerdict(follow);
    }

    /** Records a URL that has no response to store (refused, unreachable, too large …) as a metadata record. */
    synchronized void recordFailure(Target url, String purpose, FailureKind kind, String reason) {
        if (indexed.contains(url.url())) {
            return;
        }
        try {
            WarcSink warc = sink();
            CaptureFields fields = new CaptureFields(site.code(), purpose, url, Optional.of(kind),
                    Optional.of(reason));
            java.time.Instant now = clock.instant();
            var metadata = CaptureRecords.metadata(URI.create(url.url()), warc.warcinfoId(), now, Optional.empty(),
                    fields.toMap());
            WarcLocation at = warc.write(metadata);
            index.add(RowBuilder.failure(roundId, site.code(), url, purpose, kind, reason, now,
                    metadata.id().toString(), at), List.of(), List.of());
            indexed.add(url.url());
            stats.failed(kind, at.length());
        } catch (WarcStorageException e) {
            storageFailure = e;
            throw new IllegalStateException("kunde inte spara felet för " + url.url() + ": " + e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("kunde inte spara felet för " + url.url() + ": " + e.getMessage(), e);
        }
    }

    /** Why the WARC file cannot take more records, once that has happened; the crawl must then stop. */
    synchronized Optional<WarcStorageException> storageFailure() {
        return Optional.ofNullable(storageFailure);
    }

    synchronized boolean storageFailed() {
        return storageFailure != null;
    }

    /** The document read when the URL was recorded, for the link parser; each is handed out once. */
    Optional<ReadDocument> takeRead(String url) {
        return Optional.ofNullable(readForParser.remove(url));
    }

    /** Restores redirect knowledge from the index when a crawl resumes. */
    void rememberRedirect(String from, String to) {
        redirectedFrom.putIfAbsent(to, from);
    }

    private RowBuilder.Judgement judgeRedirect(String url, List<String> chain, Optional<URI> target,
                                               Predicate<URI> mayRedirectTo) {
        if (target.isEmpty()) {
            return RowBuilder.Judgement.of(FailureKind.REDIRECT_INVALID, "omdirigering utan giltig Location-adress");
        }
        String next = target.get().toString();
        if (chain.contains(next) || next.equals(url)) {
            return RowBuilder.Judgement.of(FailureKind.REDIRECT_LOOP, "omdirigeringarna går i ring: " + next);
        }
        if (chain.size() >= MAX_REDIRECTS) {
            return RowBuilder.Judgement.of(FailureKind.TOO_MANY_REDIRECTS,
                    "fler än " + MAX_REDIRECTS + " omdirigeringar i rad");
        }
        if (!mayRedirectTo.test(target.get())) {
            return RowBuilder.Judgement.of(FailureKind.REDIRECT_OFF_SITE,
                    "omdirigeringen leder utanför kommunens webbplats: " + next);
        }
        return RowBuilder.Judgement.none();
    }

    private record Written(RowBuilder.Stored stored, long bytes) {
    }

    private Written store(Exchange exchange, CaptureFields fields) throws IOException {
        WarcSink warc = sink();
        String sha256 = PageIndex.sha256Hex(exchange.body());
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
        // written together: if the metadata record cannot be, the response is cut off again too
        List<WarcLocation> written = warc.write(List.of(main, CaptureRecords.metadata(exchange.url(),
                warc.warcinfoId(), exchange.fetchedAt(), Optional.of(responseId), fields.toMap())));
        WarcLocation mainAt = written.get(0);
        WarcLocation metadataAt = written.get(1);
        long bytes = mainAt.length() + metadataAt.length();
        String recordId = "urn:uuid:" + responseId;
        if (earlier.isPresent()) {
            EarlierCapture e = earlier.get();
            return new Written(new RowBuilder.Stored(sha256, "revisit", recordId, mainAt, e.file(), e.recordOffset(),
                    e.recordLength()), bytes);
        }
        return new Written(new RowBuilder.Stored(sha256, "response", recordId, mainAt, null, null, null), bytes);
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

    @Override
    public synchronized void close() throws IOException {
        if (sink != null) {
            sink.close();
        }
    }
}
