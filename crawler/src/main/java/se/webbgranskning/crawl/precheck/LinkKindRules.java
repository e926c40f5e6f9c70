package se.webbgranskning.crawl.precheck;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.webbgranskning.checklist.LinkKind;

/**
 * The vocabulary that tells kinds of links apart (bundled {@code precheck/link-kinds.yaml}): words in the link text,
 * words in its address, host names and file types. Loaded once and validated: every kind the checklist format
 * knows must be described exactly once, so a checklist never names a kind the pre-check cannot see.
 */
public final class LinkKindRules {

    private static final String BUNDLED = "/precheck/link-kinds.yaml";

    private final Map<LinkKind, KindRule> rules;

    private LinkKindRules(Map<LinkKind, KindRule> rules) {
        this.rules = rules;
    }

    public static LinkKindRules bundled() {
        try (InputStream in = LinkKindRules.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("saknar " + BUNDLED + " i programmet");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException naming every problem of the file */
    public static LinkKindRules parse(InputStream yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        KindsFile file = mapper.readValue(yaml, KindsFile.class);
        List<String> problems = new ArrayList<>();
        Map<LinkKind, KindRule> rules = new EnumMap<>(LinkKind.class);
        for (KindFile kind : file.kinds() == null ? List.<KindFile>of() : file.kinds()) {
            LinkKind key = LinkKind.fromKey(String.valueOf(kind.kind())).orElse(null);
            if (key == null) {
                problems.add("okänd länktyp '" + kind.kind() + "'");
            } else if (rules.containsKey(key)) {
                problems.add("länktypen '" + kind.kind() + "' beskrivs två gånger");
            } else {
                try {
                    rules.put(key, KindRule.of(kind));
                } catch (IllegalArgumentException e) {
                    problems.add(kind.kind() + ": " + e.getMessage());
                }
            }
        }
        for (LinkKind kind : LinkKind.values()) {
            if (!rules.containsKey(kind)) {
                problems.add("länktypen '" + kind.key() + "' saknas");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("link-kinds.yaml: " + String.join("; ", problems));
        }
        return new LinkKindRules(rules);
    }

    /** The kinds a link is of, in the enum's order; often none, sometimes several (a PDF application form). */
    Set<LinkKind> kindsOf(PrecheckLink link) {
        Set<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
        List<String> pathTokens = UrlWords.tokens(UrlWords.path(link.url()));
        List<String> hostLabels = List.of(UrlWords.host(link.url()).split("\\."));
        String path = UrlWords.path(link.url()).toLowerCase(Locale.ROOT);
        List<Word> textWords = SwedishWords.of(link.text());
        rules.forEach((kind, rule) -> {
            if (rule.matches(link.text(), textWords, pathTokens, hostLabels, path)) {
                kinds.add(kind);
            }
        });
        return kinds;
    }

    /** The words that describe a kind, as the pre-check explains a match ("länk av typen e-tjänst"). */
    static String swedishName(LinkKind kind) {
        return switch (kind) {
            case E_SERVICE -> "e-tjänst";
            case APPLICATION_FORM -> "ansökningsblankett";
            case EASY_TO_READ -> "lättläst";
            case OTHER_LANGUAGES -> "andra språk";
            case SIGN_LANGUAGE -> "teckenspråk";
            case READ_ALOUD -> "uppläsning";
            case ACCESSIBILITY_STATEMENT -> "tillgänglighetsredogörelse";
            case PROVIDER_LIST -> "utförarlista";
            case FEE_CALCULATOR -> "avgiftskalkylator";
            case COMPLAINT_FORM -> "synpunkter och klagomål";
            case PDF -> "pdf-dokument";
        };
    }

    private record KindRule(List<SwedishTerm> texts, List<SwedishTerm> notTexts, List<UrlWords> urlWords,
                            Set<String> hosts, List<String> fileTypes) {

        static KindRule of(KindFile file) {
            return new KindRule(SwedishTerm.all(nonBlank(file.texts(), "texts")),
                    SwedishTerm.all(nonBlank(file.notTexts(), "notTexts")),
                    UrlWords.all(nonBlank(file.urlWords(), "urlWords")),
                    Set.copyOf(nonBlank(file.hosts(), "hosts").stream().map(h -> h.toLowerCase(Locale.ROOT)).toList()),
                    nonBlank(file.fileTypes(), "fileTypes").stream().map(t -> "." + t.toLowerCase(Locale.ROOT)).toList());
        }

        boolean matches(String text, List<Word> textWords, List<String> pathTokens, List<String> hostLabels,
                        String path) {
            boolean byText = texts.stream().anyMatch(term -> term.occursIn(text, textWords))
                    && notTexts.stream().noneMatch(term -> term.occursIn(text, textWords));
            return byText
                    || urlWords.stream().anyMatch(word -> word.occursIn(pathTokens))
                    || hostLabels.stream().anyMatch(hosts::contains)
                    || fileTypes.stream().anyMatch(path::endsWith);
        }

        private static List<String> nonBlank(List<String> words, String field) {
            List<String> list = words == null ? List.of() : words;
            if (list.stream().anyMatch(word -> word == null || word.isBlank())) {
                throw new IllegalArgumentException("tomt ord i " + field);
            }
            return list;
        }
    }

    private record KindsFile(List<KindFile> kinds) {
    }

    private record KindFile(String kind, List<String> texts, List<String> notTexts, List<String> urlWords,
                            List<String> hosts, List<String> fileTypes) {
    }
}
