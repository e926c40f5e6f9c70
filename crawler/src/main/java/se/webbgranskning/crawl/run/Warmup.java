package se.webbgranskning.crawl.run;

import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import se.webbgranskning.crawl.fetch.Exchange;
import se.webbgranskning.crawl.text.PdfLimits;

/**
 * Pays the JVM's one-time costs of reading documents (class loading, PDFBox's font set-up, jsoup, the regular
 * expressions) on a background thread when a round starts, while the sites are still fetching robots.txt,
 * instead of stalling every municipality's crawl at its first page and its first PDF. Once per JVM.
 */
final class Warmup {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Warmup() {
    }

    static void startOnce() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(Warmup::run, "crawl-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        DocumentReader reader = new DocumentReader(PdfLimits.defaults());
        String html = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Hemtjänst</title></head>"
                + "<body><nav><a href=\"/\">Start</a></nav><main><h1>Hemtjänst</h1><p>Senast uppdaterad 2026-01-02"
                + "</p><ul><li><a href=\"/avgifter\">Avgifter</a></li></ul></main><footer>Kontakt</footer></body></html>";
        reader.read(exchange("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)));
        try (InputStream pdf = Warmup.class.getResourceAsStream("/crawl/warmup.pdf")) {
            if (pdf != null) {
                reader.read(exchange("application/pdf", pdf.readAllBytes()));
            }
        } catch (IOException ignored) {
            // only a warm-up
        }
        new SimpleRobotRulesParser().parseContent("http://warmup.invalid/robots.txt",
                "User-agent: *\nDisallow: /x/\n".getBytes(StandardCharsets.US_ASCII), "text/plain",
                List.of("webbgranskning"));
    }

    private static Exchange exchange(String type, byte[] body) {
        return new Exchange(URI.create("http://warmup.invalid/"), List.of(), "HTTP/1.1", 200, "OK",
                List.of(new Exchange.HeaderField("Content-Type", type)), body, Optional.empty(), Instant.EPOCH,
                Duration.ZERO);
    }
}
