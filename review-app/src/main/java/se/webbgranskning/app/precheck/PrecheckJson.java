package se.webbgranskning.app.precheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import se.webbgranskning.crawl.precheck.EvidencePassage;
import se.webbgranskning.crawl.precheck.ItemSuggestion;

/** The suggestions as JSON, for the review app and other tools: every field of every suggestion. */
final class PrecheckJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PrecheckJson() {
    }

    static String render(PrecheckReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("round", report.round());
        root.put("kommunkod", report.kommunkod());
        root.put("checklist", report.checklist().id());
        root.put("date", report.day().toString());
        root.put("pages", report.pages());
        root.put("suggestions", report.suggestions().stream().map(PrecheckJson::suggestion).toList());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> suggestion(ItemSuggestion suggestion) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", suggestion.itemId());
        m.put("verdict", suggestion.verdict().name());
        m.put("verdictText", suggestion.verdict().swedish());
        m.put("confidence", suggestion.confidence());
        m.put("evidence", suggestion.evidence().stream().map(PrecheckJson::passage).toList());
        m.put("rulesFired", suggestion.rulesFired());
        m.put("missing", suggestion.missing());
        return m;
    }

    private static Map<String, Object> passage(EvidencePassage passage) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pageId", passage.pageId());
        m.put("url", passage.url());
        m.put("quote", passage.quote());
        m.put("start", passage.start());
        m.put("why", passage.why());
        return m;
    }
}
