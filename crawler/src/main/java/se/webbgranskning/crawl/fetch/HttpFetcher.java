package se.webbgranskning.crawl.fetch;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.ProtocolVersion;
import org.apache.hc.core5.util.Timeout;
import se.webbgranskning.crawl.CrawlSettings;
import se.webbgranskning.crawl.FailureKind;
import se.webbgranskning.crawl.net.AddressPolicy;
import se.webbgranskning.crawl.net.HostResolver;

/**
 * Performs one GET with the crawler's manners and limits: no redirects followed (the crawler records each hop),
 * no content coding asked for (so the stored body is the document), every address checked by the
 * {@link AddressPolicy}, connect and read timeouts, a whole-document deadline, and a size limit that is checked
 * against Content-Length before reading and against the bytes as they arrive.
 */
public final class HttpFetcher implements Closeable {

    /** Sent with every request; stated in each WARC file's warcinfo record. */
    public static final String ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5";
    public static final String ACCEPT_LANGUAGE = "sv,en;q=0.5";

    private final PoolingHttpClientConnectionManager connections;
    private final CloseableHttpClient client;
    private final String userAgent;
    private final long maxBytes;
    private final Duration documentDeadline;
    private final Clock clock;

    public HttpFetcher(CrawlSettings settings, HostResolver resolver, AddressPolicy policy, Clock clock) {
        Timeout timeout = Timeout.of(settings.requestTimeout());
        this.connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new GuardedDnsResolver(resolver, policy))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(timeout).setSocketTimeout(timeout).build())
                .setMaxConnTotal(4).setMaxConnPerRoute(2)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setRedirectsEnabled(false).setResponseTimeout(timeout).build())
                .disableContentCompression()
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableDefaultUserAgent()
                .build();
        this.userAgent = settings.userAgent();
        this.maxBytes = settings.maxDocumentBytes();
        this.documentDeadline = settings.requestTimeout().multipliedBy(4);
        this.clock = clock;
    }

    public FetchOutcome fetch(URI url) {
        HttpGet request = new HttpGet(url);
        request.setHeader("User-Agent", userAgent);
        request.setHeader("Accept", ACCEPT);
        request.setHeader("Accept-Language", ACCEPT_LANGUAGE);
        List<Exchange.HeaderField> sent = new ArrayList<>();
        sent.add(new Exchange.HeaderField("Host", hostHeader(url)));
        for (Header h : request.getHeaders()) {
            sent.add(new Exchange.HeaderField(h.getName(), h.getValue()));
        }
        HttpClientContext context = HttpClientContext.create();
        Instant started = clock.instant();
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, request, context);
            List<Exchange.HeaderField> received = new ArrayList<>();
            for (Header h : response.getHeaders()) {
                received.add(new Exchange.HeaderField(h.getName(), h.getValue()));
            }
            Optional<FetchOutcome.Failed> tooLarge = declaredTooLarge(response.getEntity());
            if (tooLarge.isPresent()) {
                request.abort();
                return tooLarge.get();
            }
            byte[] body = readBody(response.getEntity(), started, request);
            ProtocolVersion version = response.getVersion();
            return new FetchOutcome.Received(new Exchange(url, sent,
                    version == null ? "HTTP/1.1" : version.format(), response.getCode(),
                    response.getReasonPhrase() == null ? "" : response.getReasonPhrase(), received, body,
                    remoteAddress(context), started, Duration.between(started, clock.instant())));
        } catch (BodyTooLargeException e) {
            return new FetchOutcome.Failed(FailureKind.TOO_LARGE, e.getMessage());
        } catch (AddressRefusedException e) {
            return new FetchOutcome.Failed(FailureKind.ADDRESS_REFUSED, e.getMessage());
        } catch (UnknownHostException e) {
            return new FetchOutcome.Failed(FailureKind.UNKNOWN_HOST, "okänt värdnamn: " + url.getHost());
        } catch (SocketTimeoutException | DeadlineException e) {
            return new FetchOutcome.Failed(FailureKind.TIMEOUT,
                    "servern svarade inte inom tidsgränsen (" + e.getMessage() + ")");
        } catch (ConnectionClosedException e) {
            return new FetchOutcome.Failed(FailureKind.TRUNCATED,
                    "anslutningen stängdes innan hela dokumentet hade tagits emot");
        } catch (SSLException e) {
            return new FetchOutcome.Failed(FailureKind.CONNECTION, "TLS-fel: " + e.getMessage());
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt();
            return new FetchOutcome.Failed(FailureKind.TIMEOUT, "hämtningen avbröts");
        } catch (IOException e) {
            return new FetchOutcome.Failed(FailureKind.CONNECTION, "anslutningsfel: " + e.getMessage());
        } finally {
            closeQuietly(response);
        }
    }

    /** After an abort, closing the response fails too; that must not replace the outcome already decided. */
    private static void closeQuietly(ClassicHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException ignored) {
                // the connection is discarded either way
            }
        }
    }

    private Optional<FetchOutcome.Failed> declaredTooLarge(HttpEntity entity) {
        if (entity != null && entity.getContentLength() > maxBytes) {
            return Optional.of(new FetchOutcome.Failed(FailureKind.TOO_LARGE, "dokumentet är "
                    + entity.getContentLength() + " byte enligt servern, gränsen är " + maxBytes + " byte"));
        }
        return Optional.empty();
    }

    private byte[] readBody(HttpEntity entity, Instant started, HttpGet request) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        Instant deadline = started.plus(documentDeadline);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = entity.getContent()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    request.abort();
                    throw new BodyTooLargeException("dokumentet är större än gränsen " + maxBytes + " byte");
                }
                if (clock.instant().isAfter(deadline)) {
                    request.abort();
                    throw new DeadlineException("hela dokumentet kom inte inom " + documentDeadline.toSeconds() + " s");
                }
            }
        }
        return out.toByteArray();
    }

    private static Optional<java.net.InetAddress> remoteAddress(HttpClientContext context) {
        var details = context.getEndpointDetails();
        if (details != null && details.getRemoteAddress() instanceof InetSocketAddress socket) {
            return Optional.ofNullable(socket.getAddress());
        }
        return Optional.empty();
    }

    private static String hostHeader(URI url) {
        return url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }

    @Override
    public void close() throws IOException {
        client.close();
        connections.close();
    }

    private static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(String message) {
            super(message);
        }
    }

    private static final class DeadlineException extends IOException {
        DeadlineException(String message) {
            super(message);
        }
    }
}
