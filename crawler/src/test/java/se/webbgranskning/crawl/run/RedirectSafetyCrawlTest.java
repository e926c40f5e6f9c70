package se.webbgranskning.crawl.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.webbgranskning.crawl.FailureKind;
import se.webbgranskning.crawl.SiteTarget;
import se.webbgranskning.crawl.index.IndexedPage;
import se.webbgranskning.crawl.net.HostResolver;
import se.webbgranskning.crawl.scope.ScopeRules;

/**
 * What a site can make the crawler reach, with loopback allowed as in tests and the demo (and a municipality's
 * preview in demo mode): only hosts of the start page's registered domain, and of those only loopback — links and
 * redirects to names that resolve to private, link-local (metadata), CGNAT or IPv4-mapped private addresses are
 * refused at connect, and a redirect to another domain is not followed.
 */
class RedirectSafetyCrawlTest {

    private static final Map<String, String> ADDRESSES = Map.of(
            "www.kommun.test", "127.0.0.1",
            "annan.test", "127.0.0.1",
            "intern.kommun.test", "10.0.0.5",
            "metadata.kommun.test", "169.254.169.254",
            "cgnat.kommun.test", "100.64.0.1",
            "mappad.kommun.test", "::ffff:10.0.0.1",
            "blandad.kommun.test", "127.0.0.1,192.168.1.1");

    private HttpServer server;
    private final Set<String> hostsAsked = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        hostsAsked.add(exchange.getRequestHeaders().getFirst("Host").replaceAll(":\\d+$", ""));
        String path = exchange.getRequestURI().getPath();
        int port = server.getAddress().getPort();
        if (path.equals("/flytt-bort")) {
            redirect(exchange, "http://annan.test:" + port + "/hemtjanst");
        } else if (path.equals("/flytt-internt")) {
            redirect(exchange, "http://intern.kommun.test:" + port + "/hemtjanst");
        } else if (path.equals("/robots.txt")) {
            send(exchange, "text/plain", "User-agent: *\nDisallow:\n");
        } else {
            StringBuilder links = new StringBuilder("<a href=\"/flytt-bort\">Hemtjänst</a> <a href=\"/flytt-internt\">"
                    + "Hemtjänst avgifter</a>");
            for (String host : List.of("metadata", "cgnat", "mappad", "blandad")) {
                links.append(" <a href=\"http://").append(host).append(".kommun.test:").append(port)
                        .append("/hemtjanst\">Hemtjänst ").append(host).append("</a>");
            }
            send(exchange, "text/html; charset=utf-8",
                    "<html><head><title>Hemtjänst</title></head><body><h1>Hemtjänst</h1><p>Om hemtjänst i kommunen."
                            + "</p>" + links + "</body></html>");
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void send(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static HostResolver resolver() {
        return host -> {
            String addresses = ADDRESSES.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            List<InetAddress> resolved = new java.util.ArrayList<>();
            for (String address : addresses.split(",")) {
                resolved.add(InetAddress.getByName(address)); // literals: no lookup
            }
            return resolved;
        };
    }

    @Test
    void onlyLoopbackHostsOfTheSameDomainAreReachedEvenWithLocalAllowed(@TempDir Path dir) throws Exception {
        CrawlHarness harness = new CrawlHarness(dir);
        SiteTarget site = new SiteTarget("9999", "Testkommun",
                URI.create("http://www.kommun.test:" + server.getAddress().getPort() + "/"));

        RoundResult round = new CrawlRound(dir, harness.index, CrawlHarness.testSettings(), ScopeRules.bundled(),
                resolver(), Clock.systemUTC()).start(List.of(site), CrawlProgress.silent());

        assertThat(hostsAsked).containsExactly("www.kommun.test");
        List<IndexedPage> pages = harness.index.pages(round.roundId(), "9999");
        assertThat(pages).noneMatch(page -> page.url().contains("annan.test") && page.status() != null);
        for (String host : List.of("intern", "metadata", "cgnat", "mappad", "blandad")) {
            assertThat(pages).as(host).anySatisfy(page -> {
                assertThat(page.url()).contains(host + ".kommun.test");
                assertThat(page.failureKind()).isEqualTo(FailureKind.ADDRESS_REFUSED.key());
                assertThat(page.failureReason()).contains("är inte en publik adress");
            });
        }
    }
}
