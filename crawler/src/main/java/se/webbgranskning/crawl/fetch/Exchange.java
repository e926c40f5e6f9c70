package se.webbgranskning.crawl.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP exchange as the crawler saw it: the request we sent, the status line and headers as received (in
 * order), and the body after transfer decoding. We never ask for a content coding, so the body is the document
 * itself unless a server sends a coding regardless, in which case it is kept as received.
 */
public record Exchange(URI url, List<HeaderField> requestHeaders, String protocol, int status, String reason,
                       List<HeaderField> responseHeaders, byte[] body, Optional<InetAddress> remoteAddress,
                       Instant fetchedAt, Duration elapsed) {

    public Exchange {
        // The page index keeps microseconds (TIMESTAMP in H2 and PostgreSQL), and a later revisit copies the time
        // from it into WARC-Refers-To-Date, which must equal this capture's WARC-Date to the digit
        fetchedAt = fetchedAt.truncatedTo(ChronoUnit.MICROS);
        requestHeaders = List.copyOf(requestHeaders);
        responseHeaders = List.copyOf(responseHeaders);
    }

    /** The first value of a response header, case-insensitively. */
    public Optional<String> header(String name) {
        return responseHeaders.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(HeaderField::value)
                .findFirst();
    }

    /** The media type without parameters, lower case; empty if the server sent none. */
    public String mediaType() {
        return header("Content-Type").map(v -> v.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)).orElse("");
    }

    public boolean isRedirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** An HTTP header as a name and a value, in the order it was sent. */
    public record HeaderField(String name, String value) {
    }
}
