package se.webbgranskning.app.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import se.webbgranskning.crawl.net.HostResolver;

/**
 * A municipality's website gone bad, on 127.0.0.1: a start page linking to a home-care page full of things that
 * would run code, navigate, submit or fetch if a snapshot of it were shown carelessly. Everything it would fetch
 * points at a beacon, a second server on another port of 127.0.0.1 that only counts requests. The other port
 * keeps the beacon outside the crawler's scope (an IP start page scopes the site to that address and port), and
 * a leak in the browser reaches the counter rather than another machine.
 */
final class HostileSite implements AutoCloseable {

    static final String HOME_CARE_PATH = "/omsorg/hemtjanst-och-aldreomsorg";
    static final String HOME_CARE_TITLE = "Hemtjänst och äldreomsorg";
    /** What the hostile script would write into the app's window title. */
    static final String HIJACKED_TITLE = "KAPAD";
    /** Globals the hostile code would set on the app's window (window.top). */
    static final List<String> HOSTILE_GLOBALS = List.of("wgHostileInline", "wgHostileExternal", "wgHostileOnload",
            "wgHostileOnerror", "wgHostileOnclick", "wgHostileJavascriptLink");

    private final HttpServer site;
    private final HttpServer beacon;
    private final List<String> beaconRequests = new CopyOnWriteArrayList<>();

    private HostileSite(HttpServer site, HttpServer beacon) {
        this.site = site;
        this.beacon = beacon;
    }

    static HostileSite start() throws IOException {
        HttpServer beacon = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        HostileSite hostile = new HostileSite(site, beacon);
        beacon.createContext("/", hostile::countBeacon);
        site.createContext("/", hostile::serveSite);
        beacon.start();
        site.start();
        return hostile;
    }

    URI startUrl() {
        return URI.create("http://127.0.0.1:" + site.getAddress().getPort() + "/");
    }

    /** The beacon's origin, e.g. {@code http://127.0.0.1:40123}; no address of it may survive in a snapshot. */
    String beaconOrigin() {
        return "http://127.0.0.1:" + beacon.getAddress().getPort();
    }

    /** Only 127.0.0.1 resolves, so the crawler cannot reach anything else either. */
    static HostResolver resolver() {
        return host -> {
            if (!host.equals("127.0.0.1")) {
                throw new UnknownHostException(host + " is not served by the test");
            }
            return List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        };
    }

    /** Requests the beacon received since the last {@link #resetBeacon()}, as "METHOD path". */
    List<String> beaconRequests() {
        return List.copyOf(beaconRequests);
    }

    void resetBeacon() {
        beaconRequests.clear();
    }

    private void countBeacon(HttpExchange exchange) throws IOException {
        beaconRequests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        String body = exchange.getRequestURI().getPath().endsWith(".js")
                ? "window.top.wgHostileExternal = true; parent.document.title = '" + HIJACKED_TITLE + "';" : "";
        respond(exchange, 200, "application/javascript", body);
    }

    private void serveSite(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestURI().getPath()) {
            case "/" -> respond(exchange, 200, "text/html; charset=utf-8", startPage());
            case HOME_CARE_PATH -> respond(exchange, 200, "text/html; charset=utf-8", homeCarePage());
            default -> respond(exchange, 404, "text/plain; charset=utf-8", "Sidan finns inte");
        }
    }

    private static String startPage() {
        return """
                <!DOCTYPE html>
                <html lang="sv"><head><meta charset="utf-8"><title>Fientliga kommun</title></head>
                <body><h1>Välkommen till Fientliga kommun</h1>
                <nav><a href="%s">Hemtjänst och äldreomsorg</a></nav></body></html>
                """.formatted(HOME_CARE_PATH);
    }

    /** Every way a page could run code or fetch something, aimed at the beacon or at the app's window. */
    private String homeCarePage() {
        String b = beaconOrigin();
        String hijack = "window.top.%s = true; parent.document.title = '" + HIJACKED_TITLE + "';";
        return """
                <!DOCTYPE html>
                <html lang="sv"><head>
                <meta charset="utf-8">
                <title>%1$s</title>
                <base href="%2$s/base/">
                <meta http-equiv="refresh" content="0; url=%2$s/beacon/meta-refresh">
                <link rel="stylesheet" href="%2$s/beacon/stylesheet.css">
                <link rel="prefetch" href="%2$s/beacon/prefetch">
                <style>body { background-image: url(%2$s/beacon/css-url); }</style>
                <script>%3$s top.location.href = '%2$s/beacon/top-navigation'; alert('inline script ran');</script>
                <script src="%2$s/beacon/external.js"></script>
                </head>
                <body onload="%4$s fetch('%2$s/beacon/onload')">
                <h1>%1$s</h1>
                <p>Hemtjänst är hjälp i hemmet för dig som är äldre och behöver stöd i vardagen. Du ansöker om
                hemtjänst hos en biståndshandläggare inom äldreomsorgen.</p>
                <p style="background: url('%2$s/beacon/style-attribute')">Äldreomsorgen ger också trygghetslarm
                och matdistribution till den som behöver det.</p>
                <img src="%2$s/beacon/image.png" alt="Bild på hemtjänstpersonal"
                     onerror="%5$s new Image().src = '%2$s/beacon/onerror'">
                <img src="relativ-bild.png" alt="En bild med relativ adress">
                <iframe src="%2$s/beacon/iframe" title="Inbäddad sida"></iframe>
                <object data="%2$s/beacon/object"></object>
                <svg width="10" height="10"><image href="%2$s/beacon/svg-image" width="10" height="10"/></svg>
                <p><a href="javascript:%6$s" id="js-lank">Läs mer om hemtjänst</a>
                   <a href="#" onclick="%7$s">Kontakta äldreomsorgen</a>
                   <a href="%2$s/beacon/link">Avgifter för äldreomsorg</a></p>
                <form action="%2$s/beacon/form" method="post">
                  <input name="namn" value="test">
                  <button type="submit" autofocus>Skicka</button>
                </form>
                </body></html>
                """.formatted(HOME_CARE_TITLE, b, hijack.formatted("wgHostileInline"),
                hijack.formatted("wgHostileOnload"), hijack.formatted("wgHostileOnerror"),
                hijack.formatted("wgHostileJavascriptLink"), hijack.formatted("wgHostileOnclick"));
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        site.stop(0);
        beacon.stop(0);
    }
}
