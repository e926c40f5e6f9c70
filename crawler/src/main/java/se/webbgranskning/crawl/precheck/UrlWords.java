package se.webbgranskning.crawl.precheck;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Words in web addresses. A URL word from the checklist ("hjalp-i-hemmet", "avgifter") matches when its parts begin
 * consecutive words of the address's path, both folded as Swedish URLs spell (å/ä→a, ö→o), so "avgift" finds
 * "/avgifter-aldreomsorg-2026.pdf" and "hemtjanst" finds "/hemtjanst.4.1a2b.html" and a percent-encoded "hemtjänst".
 */
final class UrlWords {

    private final String word;
    private final List<String> parts;

    private UrlWords(String word, List<String> parts) {
        this.word = word;
        this.parts = parts;
    }

    static UrlWords of(String word) {
        List<String> parts = tokens(word);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("URL-ordet '" + word + "' har inga ord");
        }
        return new UrlWords(word, parts);
    }

    static List<UrlWords> all(List<String> words) {
        return words.stream().map(UrlWords::of).toList();
    }

    String word() {
        return word;
    }

    /** Whether the word occurs in the path of {@code url}. */
    boolean occursInPath(String url) {
        return occursIn(tokens(path(url)));
    }

    boolean occursIn(List<String> urlTokens) {
        for (int i = 0; i + parts.size() <= urlTokens.size(); i++) {
            boolean all = true;
            for (int j = 0; j < parts.size() && all; j++) {
                String part = parts.get(j);
                String token = urlTokens.get(i + j);
                all = part.length() <= 2 ? token.equals(part) : token.startsWith(part);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The lower-case, folded words of a URL or a part of one; percent-encoding decoded. */
    static List<String> tokens(String text) {
        String decoded;
        try {
            decoded = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = text;
        }
        String folded = SwedishWords.fold(decoded.toLowerCase(Locale.ROOT));
        return Arrays.stream(folded.split("[^\\p{L}\\p{Nd}]+")).filter(part -> !part.isEmpty()).toList();
    }

    /** The path of a URL ("" if it has none or cannot be parsed). */
    static String path(String url) {
        try {
            return Optional.ofNullable(URI.create(url).getRawPath()).orElse("");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The host of a URL in lower case ("" if it cannot be parsed). */
    static String host(String url) {
        try {
            return Optional.ofNullable(URI.create(url).getHost()).orElse("").toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
