package se.webbgranskning.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The benchmark's web, run as a process of its own so that it does not count against the crawler's memory: many
 * synthetic municipalities, each its own host (its own port on 127.0.0.1). Prints {@code PORTS p1,p2,…} when
 * ready and serves until killed. Usage: {@code SyntheticWeb SITES}.
 */
public final class SyntheticWeb {

    private SyntheticWeb() {
    }

    public static void main(String[] args) throws IOException {
        int sites = Integer.parseInt(args[0]);
        byte[][] pdfs = {pdf("Avgifter för hemtjänst 2026", 4), pdf("Riktlinjer för hemtjänst", 8)};
        ExecutorService pool = Executors.newFixedThreadPool(64);
        StringJoiner ports = new StringJoiner(",");
        List<HttpServer> servers = new ArrayList<>();
        for (int i = 0; i < sites; i++) {
            SyntheticSite site = new SyntheticSite(i);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
            server.createContext("/", exchange -> serve(exchange, site, pdfs));
            server.setExecutor(pool);
            server.start();
            servers.add(server);
            ports.add(Integer.toString(server.getAddress().getPort()));
        }
        System.out.println("PORTS " + ports);
        System.out.flush();
    }

    private static void serve(HttpExchange exchange, SyntheticSite site, byte[][] pdfs) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body;
        String type = "text/html; charset=utf-8";
        int status = 200;
        if (path.equals("/robots.txt")) {
            body = "User-agent: *\nDisallow:\n".getBytes(StandardCharsets.US_ASCII);
            type = "text/plain";
        } else if (path.equals(SyntheticSite.PDFS[0]) || path.equals(SyntheticSite.PDFS[1])) {
            body = pdfs[path.equals(SyntheticSite.PDFS[0]) ? 0 : 1];
            type = "application/pdf";
        } else {
            body = site.page(path);
            if (body == null) {
                status = 404;
                body = "Sidan finns inte".getBytes(StandardCharsets.UTF_8);
                type = "text/plain; charset=utf-8";
            }
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A real PDF of Swedish text, {@code pages} pages long (about 3 KB of text a page). */
    static byte[] pdf(String title, int pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(50, 750);
                    content.showText(title + " – sida " + (p + 1));
                    for (int line = 0; line < 50; line++) {
                        content.newLineAtOffset(0, -14);
                        content.showText("Avgiften för hemtjänst är " + (300 + line * 7 + p) + " kronor per timme"
                                + " och högst 2 575 kronor i månaden år 2026 (rad " + line + ").");
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
