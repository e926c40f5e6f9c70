package se.webbgranskning.crawl.scope;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The crawler's relevance and scope rules as data (bundled {@code crawl/scope-rules.yaml}): the terms that make a
 * link or page about home care, the signposts towards it, the service topics every review asks about, and which
 * URLs are never fetched. Loaded once; immutable.
 */
public final class ScopeRules {

    private static final String BUNDLED = "/crawl/scope-rules.yaml";

    private final TermMatcher topic;
    private final TermMatcher hub;
    private final TermMatcher service;
    private final List<String> documentExtensions;
    private final List<String> skipExtensions;
    private final List<Pattern> skipUrlPatterns;
    private final List<String> removeQueryParameters;

    private ScopeRules(RulesFile file) {
        this.topic = new TermMatcher(required(file.topicTerms, "topicTerms"));
        this.hub = new TermMatcher(required(file.hubTerms, "hubTerms"));
        this.service = new TermMatcher(required(file.serviceTerms, "serviceTerms"));
        this.documentExtensions = lower(required(file.documentExtensions, "documentExtensions"));
        this.skipExtensions = lower(required(file.skipExtensions, "skipExtensions"));
        this.skipUrlPatterns = required(file.skipUrlPatterns, "skipUrlPatterns").stream()
                .map(ScopeRules::compile).toList();
        this.removeQueryParameters = lower(required(file.removeQueryParameters, "removeQueryParameters"));
    }

    /** Query parameters that only identify a visit or a campaign; dropped when URLs are normalised. */
    public List<String> removeQueryParameters() {
        return removeQueryParameters;
    }

    public static ScopeRules bundled() {
        try (InputStream in = ScopeRules.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("saknar " + BUNDLED + " i programmet");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ScopeRules parse(InputStream yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new ScopeRules(mapper.readValue(yaml, RulesFile.class));
    }

    public TermMatcher topic() {
        return topic;
    }

    public TermMatcher hub() {
        return hub;
    }

    public TermMatcher service() {
        return service;
    }

    /** Whether the path ends with an extension of a document type we keep (PDF). */
    public boolean isDocumentPath(String path) {
        return documentExtensions.contains(extension(path));
    }

    /** Whether a URL must never be fetched (media, archives, search results, logins, calendars …). */
    public boolean isSkipped(String path, String query) {
        if (skipExtensions.contains(extension(path))) {
            return true;
        }
        String pathAndQuery = query == null ? path : path + "?" + query;
        return skipUrlPatterns.stream().anyMatch(p -> p.matcher(pathAndQuery).find());
    }

    static String extension(String path) {
        if (path == null) {
            return "";
        }
        int slash = path.lastIndexOf('/');
        String last = path.substring(slash + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("ogiltigt mönster i skipUrlPatterns: " + regex, e);
        }
    }

    private static <T> List<T> required(List<T> values, String field) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("fältet " + field + " saknas eller är tomt");
        }
        return values;
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    private static final class RulesFile {
        public List<String> topicTerms;
        public List<String> hubTerms;
        public List<String> serviceTerms;
        public List<String> documentExtensions;
        public List<String> skipExtensions;
        public List<String> skipUrlPatterns;
        public List<String> removeQueryParameters;
    }
}
