package se.webbgranskning.crawl.run;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.webbgranskning.crawl.FailureKind;
import se.webbgranskning.crawl.fetch.Exchange;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.index.PageRow;
import se.webbgranskning.crawl.warc.WarcLocation;

/** Builds page-index rows, the same way while crawling and when rebuilding the index from WARC files. */
final class RowBuilder {

    /** Where a capture's records were written. {@code payload*} point at an earlier response for a revisit. */
    record Stored(String sha256, String recordType, String recordId, WarcLocation location, String payloadFile,
                  Long payloadOffset, Long payloadLength) {
    }

    /** A failure judged from the response itself: an error status or a document that cannot be read. */
    record Judgement(Optional<FailureKind> kind, Optional<String> reason) {

        static Judgement none() {
            return new Judgement(Optional.empty(), Optional.empty());
        }

        static Judgement of(FailureKind kind, String reason) {
            return new Judgement(Optional.of(kind), Optional.of(reason));
        }
    }

    private RowBuilder() {
    }

    /** An error status or an unreadable document; a redirect's own verdict takes precedence when given. */
    static Judgement judge(Exchange exchange, ReadDocument document, Judgement redirect) {
        if (redirect.kind().isPresent()) {
            return redirect;
        }
        if (exchange.status() >= 400) {
            return Judgement.of(exchange.status() >= 500 ? FailureKind.HTTP_5XX : FailureKind.HTTP_4XX,
                    "servern svarade " + exchange.status() + " " + exchange.reason());
        }
        return document.unreadableReason().map(reason -> Judgement.of(FailureKind.UNPARSABLE, reason))
                .orElse(Judgement.none());
    }

    static PageRow response(String roundId, String code, Target target, String purpose, Exchange exchange,
                            List<String> chainBefore, Optional<URI> redirectTarget, ReadDocument document,
                            Judgement judgement, Stored stored) {
        return new PageRow(roundId, code, PageIndex.urlKey(target.url()), target.url(), purpose,
                exchange.isRedirect() ? null : target.url(),
                redirectChain(chainBefore, target.url(), exchange.isRedirect() ? redirectTarget : Optional.empty()),
                exchange.status(), exchange.header("Content-Type").orElse(null), document.charset().orElse(null),
                OffsetDateTime.ofInstant(exchange.fetchedAt(), ZoneOffset.UTC), target.depth(), null,
                target.parentUrl(), truncate(target.anchor(), 1000), stored.sha256(), (long) exchange.body().length,
                stored.recordType(), stored.recordId(), stored.location().file(), stored.location().offset(),
                stored.location().length(), stored.payloadFile(), stored.payloadOffset(), stored.payloadLength(),
                truncate(document.title(), 1000), document.mainText(), document.lastUpdated().orElse(null),
                document.noindex(), judgement.kind().map(FailureKind::key).orElse(null),
                judgement.reason().map(r -> truncate(r, 2000)).orElse(null));
    }

    static PageRow failure(String roundId, String code, Target target, String purpose, FailureKind kind,
                           String reason, Instant at, String recordId, WarcLocation metadataAt) {
        return new PageRow(roundId, code, PageIndex.urlKey(target.url()), target.url(), purpose, null, null, null,
                null, null, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), target.depth(), null, target.parentUrl(),
                truncate(target.anchor(), 1000), null, null, "metadata", recordId, metadataAt.file(),
                metadataAt.offset(), metadataAt.length(), null, null, null, null, null, null, false, kind.key(),
                truncate(reason, 2000));
    }

    /**
     * The hops that led here and, for a redirect, the hop it leads to, as URLs separated by spaces: "A B C" for
     * A redirecting to B and B to C. None for a page nobody redirected to that redirects nowhere.
     */
    static String redirectChain(List<String> before, String url, Optional<URI> next) {
        if (before.isEmpty() && next.isEmpty()) {
            return null;
        }
        List<String> hops = new ArrayList<>(before);
        hops.add(url);
        next.ifPresent(t -> hops.add(t.toString()));
        return String.join(" ", hops);
    }

    static String truncate(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
