package se.webbgranskning.bench.precheck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.webbgranskning.crawl.precheck.EvidencePassage;
import se.webbgranskning.crawl.precheck.ItemSuggestion;
import se.webbgranskning.crawl.precheck.RoundPrecheck;
import se.webbgranskning.crawl.precheck.Verdict;

/**
 * What a benchmark run suggested, in a form that can be compared between runs: how many items got each verdict
 * (so one sees that the rules did real work) and a digest of every suggestion with its evidence. Evidence is named
 * by address and offset, not by page id, which depends on the order the set-up threads wrote the pages; so two
 * runs of the same build give the same digest exactly when their suggestions are the same, and a change to the
 * engine that claims to change no suggestion can be checked against the digest of a run before it.
 */
record SuggestionSummary(Map<Verdict, Long> counts, String digest) {

    static SuggestionSummary of(List<RoundPrecheck.Result> results) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        MessageDigest sha256 = sha256();
        for (RoundPrecheck.Result result : results) {
            for (ItemSuggestion s : result.suggestions()) {
                counts.merge(s.verdict(), 1L, Long::sum);
                StringBuilder line = new StringBuilder().append(result.kommunkod()).append('|').append(s.itemId())
                        .append('|').append(s.verdict()).append('|')
                        .append(String.format(Locale.ROOT, "%.2f", s.confidence())).append('|')
                        .append(s.rulesFired()).append('|').append(s.missing());
                for (EvidencePassage e : s.evidence()) {
                    line.append('|').append(e.url()).append('@').append(e.start()).append(':').append(e.quote())
                            .append(" (").append(e.why()).append(')');
                }
                sha256.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return new SuggestionSummary(counts, HexFormat.of().formatHex(sha256.digest()).substring(0, 16));
    }

    String verdicts() {
        return counts.entrySet().stream().map(e -> e.getKey().swedish() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
