package se.webbgranskning.crawl.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import se.webbgranskning.crawl.CrawlSettings;

/** A round's settings as stored with the round, so that a resumed round crawls on exactly as it began. */
final class SettingsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SettingsJson() {
    }

    static String write(CrawlSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pageBudget", s.pageBudget());
        m.put("maxDepth", s.maxDepth());
        m.put("maxDocumentBytes", s.maxDocumentBytes());
        m.put("maxSiteMillis", s.maxSiteDuration().toMillis());
        m.put("delayMillis", s.delay().toMillis());
        m.put("requestTimeoutMillis", s.requestTimeout().toMillis());
        m.put("userAgent", s.userAgent());
        m.put("parallelSites", s.parallelSites());
        m.put("allowLocal", s.allowLocal());
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static CrawlSettings read(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            return new CrawlSettings(n.get("pageBudget").asInt(), n.get("maxDepth").asInt(),
                    n.get("maxDocumentBytes").asLong(), Duration.ofMillis(n.get("maxSiteMillis").asLong()),
                    Duration.ofMillis(n.get("delayMillis").asLong()),
                    Duration.ofMillis(n.get("requestTimeoutMillis").asLong()), n.get("userAgent").asText(),
                    n.get("parallelSites").asInt(), n.get("allowLocal").asBoolean());
        } catch (JsonProcessingException | NullPointerException e) {
            throw new IllegalStateException("omgångens sparade inställningar kan inte läsas: " + json, e);
        }
    }
}
