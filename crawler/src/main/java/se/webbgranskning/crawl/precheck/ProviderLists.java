package se.webbgranskning.crawl.precheck;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds lists of care providers in a page's text (bundled {@code precheck/provider-lists.yaml}): runs of list items
 * ("• …") or table rows ("… | …") of which enough name a provider, with how many of them give contact details.
 */
final class ProviderLists {

    private static final String BUNDLED = "/precheck/provider-lists.yaml";
    /** Swedish numbers: "08-465 004 20", "040-628 04 12", "0980-31 92 00", "+46 8 465 004 20". */
    private static final Pattern PHONE =
            Pattern.compile("(?<!\\d)(\\+46\\s?|0)\\d{1,3}\\s?[-–]?\\s?\\d{2,3}([ -]?\\d{2,3}){1,3}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern WEB = Pattern.compile("(?i)\\b(https?://|www\\.)\\S+");

    /** A list found on a page: where it lies, how many entries name a provider and how many of those give contact. */
    record ProviderList(Span span, int providers, int withContact) {

        boolean complete() {
            return providers > 0 && withContact == providers;
        }
    }

    private final int minEntries;
    private final List<Pattern> companyForms;
    private final List<SwedishTerm> ownProvider;

    private ProviderLists(int minEntries, List<Pattern> companyForms, List<SwedishTerm> ownProvider) {
        this.minEntries = minEntries;
        this.companyForms = companyForms;
        this.ownProvider = ownProvider;
    }

    static ProviderLists bundled() {
        try (InputStream in = ProviderLists.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("saknar " + BUNDLED + " i programmet");
            }
            RulesFile file = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, RulesFile.class);
            if (file.minEntries() == null || file.minEntries() < 1 || file.companyForms() == null
                    || file.ownProvider() == null) {
                throw new IllegalStateException(BUNDLED + ": minEntries (≥ 1), companyForms och ownProvider krävs");
            }
            return new ProviderLists(file.minEntries(),
                    file.companyForms().stream().map(form -> Pattern.compile(
                            "(?<![\\p{L}\\p{Nd}])" + Pattern.quote(form) + "(?![\\p{L}\\p{Nd}])")).toList(),
                    SwedishTerm.all(file.ownProvider()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every provider list in {@code text}, in order. */
    List<ProviderList> find(String text) {
        List<ProviderList> lists = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        int providers = 0;
        int withContact = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (isEntry(line)) {
                if (runStart < 0) {
                    runStart = lineStart;
                }
                runEnd = lineEnd;
                if (namesProvider(line)) {
                    providers++;
                    withContact += hasContact(line) ? 1 : 0;
                }
            } else if (!line.isBlank()) {
                addIfList(lists, runStart, runEnd, providers, withContact);
                runStart = -1;
                providers = 0;
                withContact = 0;
            }
            lineStart = lineEnd + 1;
        }
        addIfList(lists, runStart, runEnd, providers, withContact);
        return lists;
    }

    private void addIfList(List<ProviderList> lists, int start, int end, int providers, int withContact) {
        if (start >= 0 && providers >= minEntries) {
            lists.add(new ProviderList(new Span(start, end), providers, withContact));
        }
    }

    private static boolean isEntry(String line) {
        String stripped = line.strip();
        return stripped.startsWith("•") || stripped.contains(" | ");
    }

    private boolean namesProvider(String line) {
        return companyForms.stream().anyMatch(form -> form.matcher(line).find())
                || ownProvider.stream().anyMatch(term -> term.occursIn(line));
    }

    private static boolean hasContact(String line) {
        return PHONE.matcher(line).find() || EMAIL.matcher(line).find() || WEB.matcher(line).find();
    }

    private record RulesFile(Integer minEntries, List<String> companyForms, List<String> ownProvider) {
    }
}
