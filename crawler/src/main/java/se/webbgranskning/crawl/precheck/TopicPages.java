package se.webbgranskning.crawl.precheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import se.webbgranskning.checklist.PrecheckTopic;

/**
 * Which pages of a snapshot are about the checklist's topic (home care), which of them is the topic's main page and
 * which pages lie under it. A page is about the topic when its title or address names it, or its text mentions it
 * often enough; a page that merely mentions home care once in passing (a start page with a news item) is not.
 */
final class TopicPages {

    /** Titles often carry the site name: "Hemtjänst - Ekbacka kommun", "Sjöholms kommun - Stöd i hemmet". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-–—|:]\\s+");
    /** A title part this long is a headline that mentions the topic, not the name of the topic's page. */
    private static final int MAX_PAGE_NAME_WORDS = 5;
    /** Sitevision and similar CMSs end page names with ".4.<hex>.html"; the page's children live under its name. */
    private static final Pattern PAGE_SUFFIX = Pattern.compile("(\\.\\d+\\.[0-9a-f]+)?\\.(html?|aspx?|php)$");

    private final List<PrecheckPage> all;
    private final List<PrecheckPage> onTopic;
    private final Optional<PrecheckPage> mainPage;
    private final List<SwedishTerm> mainPageTerms;

    /** @param texts the run's page words, shared with the items' searches so that each page is split once */
    TopicPages(PrecheckInput input, PrecheckTopic topic, PageTexts texts) {
        this.all = input.pages();
        if (!topic.defined()) {
            this.onTopic = all;
        } else {
            List<SwedishTerm> terms = SwedishTerm.all(topic.terms());
            List<UrlWords> urlWords = UrlWords.all(topic.urlWords());
            this.onTopic = all.stream().filter(page -> isAbout(page, terms, urlWords, topic.minMentions(), texts))
                    .toList();
        }
        this.mainPageTerms = SwedishTerm.all(topic.mainPageTerms());
        this.mainPage = findMainPage(onTopic, mainPageTerms, UrlWords.all(topic.mainPageUrlWords()));
    }

    List<PrecheckPage> all() {
        return all;
    }

    List<PrecheckPage> onTopic() {
        return onTopic;
    }

    /** The topic's main page, e.g. "Hemtjänst": the best-named page, nearest the start page. */
    Optional<PrecheckPage> mainPage() {
        return mainPage;
    }

    /** What the main page is called: the part of its title that names the topic ("Hemtjänst", not the site name). */
    String mainPageName() {
        return mainPage.map(page -> titleParts(page.title()).stream()
                        .filter(part -> mainPageTerms.stream().anyMatch(term -> term.occursIn(part)))
                        .findFirst().orElse(titleParts(page.title()).get(0)))
                .orElse("");
    }

    /** The main page and the HTML pages whose address lies under it (its sub-pages), in address order. */
    List<PrecheckPage> mainSection() {
        if (mainPage.isEmpty()) {
            return List.of();
        }
        PrecheckPage main = mainPage.get();
        String prefix = sectionPrefix(main.url());
        List<PrecheckPage> section = new ArrayList<>();
        section.add(main);
        for (PrecheckPage page : onTopic) {
            if (page != main && !page.isDocument() && page.url().startsWith(prefix)) {
                section.add(page);
            }
        }
        return section;
    }

    /** The parts of a page title, site name included: "Hemtjänst - Ekbacka kommun" → [Hemtjänst, Ekbacka kommun]. */
    static List<String> titleParts(String title) {
        return List.of(TITLE_SEPARATOR.split(title.strip()));
    }

    private static boolean isAbout(PrecheckPage page, List<SwedishTerm> terms, List<UrlWords> urlWords, int minMentions,
                                   PageTexts texts) {
        if (terms.stream().anyMatch(term -> texts.titleNames(page, term))
                || urlWords.stream().anyMatch(word -> texts.urlNames(page, word))) {
            return true;
        }
        IndexedWords words = texts.words(page);
        int mentions = 0;
        for (SwedishTerm term : terms) {
            mentions += term.findIn(page.text(), words).size();
            if (mentions >= minMentions) {
                return true;
            }
        }
        return false;
    }

    private static Optional<PrecheckPage> findMainPage(List<PrecheckPage> pages, List<SwedishTerm> terms,
                                                       List<UrlWords> urlWords) {
        return pages.stream()
                .filter(page -> !page.isDocument())
                .filter(page -> nameScore(page, terms, urlWords) > 0)
                .min(Comparator.comparingInt((PrecheckPage page) -> -nameScore(page, terms, urlWords))
                        .thenComparingInt(PrecheckPage::depthOrLast)
                        .thenComparingInt(page -> page.url().length())
                        .thenComparing(PrecheckPage::url));
    }

    /**
     * How well a page is named as the topic's main page: 3 when a title part is exactly a main-page term
     * ("Hemtjänst"), 2 when a short title part contains one ("Stöd och omsorg i hemmet"), 1 when only the last part
     * of its address does, 0 otherwise.
     */
    private static int nameScore(PrecheckPage page, List<SwedishTerm> terms, List<UrlWords> urlWords) {
        int best = 0;
        for (String part : titleParts(page.title())) {
            int partWords = SwedishWords.of(part).size();
            for (SwedishTerm term : terms) {
                if (term.occursIn(part)) {
                    best = Math.max(best, partWords == term.wordCount() ? 3 : partWords <= MAX_PAGE_NAME_WORDS ? 2 : 0);
                }
            }
        }
        if (best == 0) {
            String path = UrlWords.path(page.url());
            String last = path.replaceAll("/+$", "");
            last = last.substring(last.lastIndexOf('/') + 1);
            List<String> lastTokens = UrlWords.tokens(last);
            if (urlWords.stream().anyMatch(word -> word.occursIn(lastTokens))) {
                best = 1;
            }
        }
        return best;
    }

    private static String sectionPrefix(String url) {
        String base = PAGE_SUFFIX.matcher(url).replaceFirst("");
        return base.endsWith("/") ? base : base + "/";
    }
}
