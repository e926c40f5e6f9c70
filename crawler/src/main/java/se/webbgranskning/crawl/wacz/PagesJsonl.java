package se.webbgranskning.crawl.wacz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.webbgranskning.crawl.index.PageIndex;

/** The bundle's {@code pages/pages.jsonl}: a header line, then one JSON object per listed page. */
final class PagesJsonl {

    static final String FORMAT = "json-pages-1.0";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A listed page with the capture time of its bundled record. */
    record Page(String url, Instant ts, String title) {
    }

    private PagesJsonl() {
    }

    static byte[] bytes(String title, List<Page> pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", FORMAT);
        header.put("id", "pages");
        header.put("title", title);
        writeLine(out, header);
        for (Page page : pages) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", id(page));
            line.put("url", page.url());
            line.put("ts", rfc3339(page.ts()));
            if (!page.title().isBlank()) {
                line.put("title", page.title());
            }
            writeLine(out, line);
        }
        return out.toByteArray();
    }

    /**
     * RFC 3339 in UTC to the millisecond, as JavaScript's {@code toISOString} writes it: the WARC-Date has
     * nanoseconds, which not every browser's date parser accepts, and replay looks captures up by the second.
     */
    static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Derived from the page, not random, so that bundling the same snapshot twice gives the same file. */
    private static String id(Page page) {
        return PageIndex.sha256Hex((rfc3339(page.ts()) + " " + page.url()).getBytes(StandardCharsets.UTF_8))
                .substring(0, 16);
    }

    private static void writeLine(ByteArrayOutputStream out, Map<String, Object> object) {
        try {
            // Jackson escapes line breaks inside strings, so each object stays on its one line
            out.writeBytes(JSON.writeValueAsBytes(object));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings must serialise", e);
        }
        out.write('\n');
    }
}
