package se.webbgranskning.crawl.precheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.webbgranskning.checklist.LinkKind;

/**
 * Finds what one rule of an item asks for on a set of pages: terms in the text or in what names a page, patterns,
 * words in addresses and kinds of links. Each finding is a {@link Hit} with its rule id and a Swedish reason.
 */
final class Finder {

    private final PageTexts texts;
    private final LinkKindRules linkKinds;
    private final PageLookup lookup;
    /** Menus and footers repeat the same links on every page, and many items ask for kinds of links. */
    private final Map<PrecheckLink, Set<LinkKind>> kindsOf = new HashMap<>();
    /**
     * Several items share a pattern (a phone number, an e-mail address, an amount in kronor), and regular
     * expressions are the costliest search; each is run once per page. Patterns are compiled once per source
     * ({@link ItemEvaluator#compile}), so the same pattern is the same object.
     */
    private final Map<PatternOnPage, List<Span>> matches = new HashMap<>();

    private record PatternOnPage(Pattern pattern, long pageId) {
    }

    Finder(PageTexts texts, LinkKindRules linkKinds, PageLookup lookup) {
        this.texts = texts;
        this.linkKinds = linkKinds;
        this.lookup = lookup;
    }

    /** Every occurrence of the term in the pages' texts. */
    List<Hit> term(String rule, SwedishTerm term, List<PrecheckPage> pages) {
        List<Hit> hits = new ArrayList<>();
        for (PrecheckPage page : pages) {
            for (Span span : term.findIn(page.text(), texts.words(page))) {
                hits.add(Hit.at(rule, page, span, "innehåller ”" + page.text().substring(span.start(), span.end())
                        + "” (sökord ”" + term.text() + "”)"));
            }
        }
        return hits;
    }

    /** Pages named by the term: in the title, the address or a heading line of the text. */
    List<Hit> heading(String rule, SwedishTerm term, List<PrecheckPage> pages) {
        List<Hit> hits = new ArrayList<>();
        UrlWords inUrl = UrlWords.of(term.text());
        for (PrecheckPage page : pages) {
            Optional<Span> inHeading = texts.headings(page).stream()
                    .filter(line -> line.names(term))
                    .map(PageTexts.HeadingLine::span)
                    .findFirst();
            if (inHeading.isPresent()) {
                hits.add(Hit.at(rule, page, inHeading.get(), "rubriken nämner ”" + term.text() + "”"));
            } else if (texts.titleNames(page, term)) {
                List<Span> inText = term.findIn(page.text(), texts.words(page));
                String why = "sidans titel ”" + page.title() + "” nämner ”" + term.text() + "”";
                hits.add(inText.isEmpty() ? Hit.onPage(rule, page, why) : Hit.at(rule, page, inText.get(0), why));
            } else if (texts.urlNames(page, inUrl)) {
                hits.add(firstLine(rule, page, "adressen innehåller ”" + inUrl.word() + "”"));
            }
        }
        return hits;
    }

    List<Hit> pattern(String rule, Pattern pattern, List<PrecheckPage> pages) {
        List<Hit> hits = new ArrayList<>();
        for (PrecheckPage page : pages) {
            for (Span span : matches.computeIfAbsent(new PatternOnPage(pattern, page.pageId()),
                    key -> matches(pattern, page.text()))) {
                hits.add(Hit.at(rule, page, span, "matchar ”" + page.text().substring(span.start(), span.end()) + "”"));
            }
        }
        return hits;
    }

    /** Every non-empty match of the pattern in the text, in order. */
    private static List<Span> matches(Pattern pattern, String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                spans.add(new Span(m.start(), m.end()));
            }
        }
        return spans;
    }

    List<Hit> urlWord(String rule, UrlWords word, List<PrecheckPage> pages) {
        List<Hit> hits = new ArrayList<>();
        for (PrecheckPage page : pages) {
            if (texts.urlNames(page, word)) {
                hits.add(firstLine(rule, page, "adressen innehåller ”" + word.word() + "”"));
            }
        }
        return hits;
    }

    /**
     * Links of the kinds on the pages, each target once (menus repeat links on every page). With {@code about},
     * only links whose text, address or target page's title names one of those words. A link whose text is not in
     * the page's text (a menu or footer link) is quoted from the page it leads to, if the snapshot has it.
     */
    List<Hit> links(String rule, List<LinkKind> kinds, List<SwedishTerm> about, List<PrecheckPage> pages) {
        List<Hit> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PrecheckPage page : pages) {
            for (PrecheckLink link : page.links()) {
                Set<LinkKind> found = kindsOf.computeIfAbsent(link, linkKinds::kindsOf);
                Optional<LinkKind> kind = kinds.stream().filter(found::contains).findFirst();
                if (kind.isEmpty() || !seen.add(kind.get() + " " + link.url())) {
                    continue;
                }
                Optional<PrecheckPage> target = lookup.target(link.url());
                if (!about.isEmpty() && !isAbout(link, target, about)) {
                    seen.remove(kind.get() + " " + link.url());
                    continue;
                }
                hits.add(linkHit(rule, kind.get(), link, page, target));
            }
        }
        return hits;
    }

    private Hit linkHit(String rule, LinkKind kind, PrecheckLink link, PrecheckPage page, Optional<PrecheckPage> target) {
        String label = link.text().isBlank() ? link.url() : link.text();
        String why = "länk av typen " + LinkKindRules.swedishName(kind) + ": ”" + label + "”";
        int at = link.text().isBlank() ? -1 : page.text().indexOf(link.text());
        if (at >= 0) {
            return Hit.at(rule, page, new Span(at, at + link.text().length()), why);
        }
        if (target.isPresent() && !target.get().text().isBlank()) {
            return firstLine(rule, target.get(), why + " på " + page.url());
        }
        return Hit.onPage(rule, page, why + " till " + link.url());
    }

    private static boolean isAbout(PrecheckLink link, Optional<PrecheckPage> target, List<SwedishTerm> about) {
        List<String> urlTokens = UrlWords.tokens(UrlWords.path(link.url()));
        return about.stream().anyMatch(term -> term.occursIn(link.text())
                || UrlWords.of(term.text()).occursIn(urlTokens)
                || target.map(page -> term.occursIn(page.title())).orElse(false));
    }

    /** A hit quoting the page's first line, its heading: what a page found by its address or title is called. */
    private static Hit firstLine(String rule, PrecheckPage page, String why) {
        String text = page.text();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start >= text.length()) {
            return Hit.onPage(rule, page, why);
        }
        int end = text.indexOf('\n', start);
        return Hit.at(rule, page, new Span(start, end < 0 ? text.length() : end), why);
    }
}
