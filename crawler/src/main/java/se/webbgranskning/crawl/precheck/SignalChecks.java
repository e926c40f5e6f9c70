package se.webbgranskning.crawl.precheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.webbgranskning.checklist.PresenceRule;
import se.webbgranskning.checklist.Signal;

/**
 * The structural signals of the checklist: click depth of the topic's main page, kronor amounts near an item's
 * terms, the current year near them, last-updated dates of the main page and the pages under it, and lists of
 * providers with contact details.
 */
final class SignalChecks {

    /** How far apart a term and an amount may stand (a table row and its header line, a sentence). */
    private static final int AMOUNT_DISTANCE = 80;
    /** How far the year may stand from an amount ("Avgifter 2026" above a fee table). */
    private static final int YEAR_DISTANCE = 300;

    private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");

    private final TopicPages topic;
    private final ProviderLists providerLists;
    private final LocalDate today;
    private final Pattern currentYear;
    /** The amounts of each page, found once: several items look for amounts near their terms on the same pages. */
    private final Map<Long, List<Span>> amounts = new HashMap<>();

    SignalChecks(TopicPages topic, ProviderLists providerLists, LocalDate today) {
        this.topic = topic;
        this.providerLists = providerLists;
        this.today = today;
        // The year as a number of its own, not part of a date such as 2026-02-10 (a page date says nothing of fees).
        this.currentYear = Pattern.compile("(?<![\\d-])" + today.getYear() + "(?!\\d|-\\d)");
    }

    SignalResult clickDepth(PresenceRule rule) {
        Optional<PrecheckPage> main = topic.mainPage();
        if (main.isEmpty() || main.get().clickDepth().isEmpty()) {
            return SignalResult.none(Signal.CLICK_DEPTH);
        }
        int depth = main.get().clickDepth().get();
        boolean near = depth <= rule.maxClickDepth();
        String why = "sidan ”" + topic.mainPageName() + "” nås med " + depth + " klick från startsidan"
                + (near ? "" : " (fler än " + rule.maxClickDepth() + ")");
        return new SignalResult(Signal.CLICK_DEPTH, near, List.of(headingHit(Signal.CLICK_DEPTH, main.get(), why)));
    }

    /** Amounts in kronor within {@value #AMOUNT_DISTANCE} characters of one of the item's term hits. */
    SignalResult kronorAmount(List<Hit> termHits) {
        List<Hit> hits = new ArrayList<>();
        for (Hit term : termHits) {
            if (term.span().isEmpty()) {
                continue;
            }
            Span t = term.span().get();
            String text = term.page().text();
            for (Span amount : amounts.computeIfAbsent(term.page().pageId(), id -> KronorAmounts.find(text))) {
                if (near(text, t, amount, AMOUNT_DISTANCE, false)) {
                    hits.add(Hit.at("signal:" + Signal.KRONOR_AMOUNT.key(), term.page(),
                            new Span(Math.min(t.start(), amount.start()), Math.max(t.end(), amount.end())),
                            "belopp ”" + text.substring(amount.start(), amount.end()) + "” nära ”"
                                    + text.substring(t.start(), t.end()) + "”"));
                }
            }
        }
        return new SignalResult(Signal.KRONOR_AMOUNT, !hits.isEmpty(), hits);
    }

    /** The current year near the amounts (or, without amounts, near the term hits), or in the page's title. */
    SignalResult currentYear(List<Hit> anchors) {
        List<Hit> hits = new ArrayList<>();
        for (Hit anchor : anchors) {
            if (anchor.span().isEmpty()) {
                continue;
            }
            String text = anchor.page().text();
            Matcher m = currentYear.matcher(text);
            while (m.find()) {
                Span year = new Span(m.start(), m.end());
                if (near(text, anchor.span().get(), year, YEAR_DISTANCE, true)) {
                    hits.add(Hit.at("signal:" + Signal.CURRENT_YEAR.key(), anchor.page(), year,
                            "innevarande år " + today.getYear() + " nära beloppet"));
                    break;
                }
            }
            if (hits.isEmpty() && currentYear.matcher(anchor.page().title()).find()) {
                hits.add(headingHit(Signal.CURRENT_YEAR, anchor.page(),
                        "sidans titel ”" + anchor.page().title() + "” anger år " + today.getYear()));
            }
        }
        return new SignalResult(Signal.CURRENT_YEAR, !hits.isEmpty(), hits);
    }

    /**
     * Dates shown on the main page and the pages under it: satisfied when the main page and at least half of the
     * section show a date within {@code maxAgeMonths} of today.
     */
    SignalResult lastUpdated(PresenceRule rule) {
        LocalDate cutoff = today.minusMonths(rule.maxAgeMonths());
        List<PrecheckPage> section = topic.mainSection();
        List<Hit> hits = new ArrayList<>();
        int recent = 0;
        for (PrecheckPage page : section) {
            if (page.lastUpdated().isEmpty()) {
                continue;
            }
            LocalDate date = page.lastUpdated().get();
            boolean isRecent = !date.isBefore(cutoff);
            recent += isRecent ? 1 : 0;
            hits.add(dateHit(page, date, isRecent
                    ? "senast uppdaterad " + date + ", inom " + rule.maxAgeMonths() + " månader"
                    : "senast uppdaterad " + date + ", äldre än " + rule.maxAgeMonths() + " månader"));
        }
        boolean mainRecent = !section.isEmpty() && section.get(0).lastUpdated().map(d -> !d.isBefore(cutoff)).orElse(false);
        boolean satisfied = mainRecent && recent * 2 >= section.size();
        return new SignalResult(Signal.LAST_UPDATED_DATE, satisfied, hits);
    }

    /** Provider lists on the pages: satisfied by a list in which every provider has contact details. */
    SignalResult providerList(List<PrecheckPage> pages) {
        List<Hit> hits = new ArrayList<>();
        boolean complete = false;
        for (PrecheckPage page : pages) {
            for (ProviderLists.ProviderList list : providerLists.find(page.text())) {
                complete |= list.complete();
                hits.add(Hit.at("signal:" + Signal.PROVIDER_LIST.key(), page, firstEntries(page.text(), list.span()),
                        "lista med " + list.providers() + " utförare, " + list.withContact()
                                + " med kontaktuppgifter"));
            }
        }
        return new SignalResult(Signal.PROVIDER_LIST, complete, hits);
    }

    /**
     * Whether {@code b} stands within {@code distance} characters of {@code a}; without {@code acrossParagraphs}
     * a blank line between them (another paragraph) separates them.
     */
    private static boolean near(String text, Span a, Span b, int distance, boolean acrossParagraphs) {
        int gapStart = Math.min(a.end(), b.end());
        int gapEnd = Math.max(a.start(), b.start());
        if (gapEnd <= gapStart) {
            return true;
        }
        return gapEnd - gapStart <= distance && (acrossParagraphs || !text.substring(gapStart, gapEnd).contains("\n\n"));
    }

    private static Hit headingHit(Signal signal, PrecheckPage page, String why) {
        int end = page.text().indexOf('\n');
        int stop = end < 0 ? page.text().length() : end;
        return stop == 0 ? Hit.onPage("signal:" + signal.key(), page, why)
                : Hit.at("signal:" + signal.key(), page, new Span(0, stop), why);
    }

    /** Where the page's text shows the date, so that the passage quotes it; the whole page if it is only in metadata. */
    private static Hit dateHit(PrecheckPage page, LocalDate date, String why) {
        String rule = "signal:" + Signal.LAST_UPDATED_DATE.key();
        for (String written : List.of(date.toString(), date.getDayOfMonth() + "/" + date.getMonthValue() + " "
                + date.getYear(), date.getDayOfMonth() + "." + date.getMonthValue() + "." + date.getYear(),
                date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear())) {
            int at = page.text().indexOf(written);
            if (at >= 0) {
                return Hit.at(rule, page, new Span(at, at + written.length()), why);
            }
        }
        return Hit.onPage(rule, page, why + " (enligt sidans metadata)");
    }

    /** The first two entries of a list: enough to show what the list is. */
    private static Span firstEntries(String text, Span list) {
        int first = text.indexOf('\n', list.start());
        int second = first < 0 ? -1 : text.indexOf('\n', first + 1);
        int end = second < 0 || second > list.end() ? list.end() : second;
        return new Span(list.start(), Math.min(end, list.start() + Passages.MAX_LENGTH));
    }
}
