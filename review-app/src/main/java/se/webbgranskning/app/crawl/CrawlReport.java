package se.webbgranskning.app.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.webbgranskning.crawl.LimitKind;
import se.webbgranskning.crawl.run.RoundResult;
import se.webbgranskning.crawl.run.SiteResult;

/** The JSON summary of a crawl round ({@code crawl --report FILE}); its fields are documented in the README. */
final class CrawlReport {

    private CrawlReport() {
    }

    static String json(RoundResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("round", result.roundId());
        List<Map<String, Object>> sites = result.sites().stream().map(CrawlReport::site).toList();
        root.put("municipalities", sites);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> site(SiteResult s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kommunkod", s.site().code());
        m.put("name", s.site().name());
        m.put("startUrl", s.site().startUrl().toString());
        m.put("pages", s.pages());
        m.put("pdfs", s.pdfs());
        Map<String, Integer> failures = new TreeMap<>();
        s.failures().forEach((kind, count) -> failures.put(kind.key(), count));
        m.put("failures", failures);
        m.put("bytes", s.bytes());
        m.put("bytesWritten", s.bytesWritten());
        m.put("seconds", Math.round(s.seconds() * 10) / 10.0);
        m.put("limitsHit", s.limitsHit().stream().map(LimitKind::key).sorted().toList());
        m.put("error", s.error().orElse(null));
        return m;
    }
}
