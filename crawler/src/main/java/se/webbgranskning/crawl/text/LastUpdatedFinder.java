package se.webbgranskning.crawl.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds when a page says it was last updated. Municipal pages show it in many ways ("Senast uppdaterad:
 * 2026-03-14", "Sidan uppdaterades 14 mars 2026", "Senast ändrad 2026-03-14 10:42", "Granskad …"), sometimes
 * only in metadata. Evidence is tried in this order and the latest plausible date of the first kind that has one
 * wins:
 * <ol>
 *   <li>an updated/changed/reviewed phrase in the main text (what a reviewer sees and can quote);</li>
 *   <li>a {@code <time datetime>} in an element that mentions updating or changing;</li>
 *   <li>such a phrase anywhere else on the page (some templates put it in the page footer);</li>
 *   <li>modification metadata ({@code last-modified}, {@code article:modified_time}, {@code dcterms.modified},
 *       {@code DC.date.modified}), which CMSs sometimes set to the time of rendering, hence so late;</li>
 *   <li>a "Publicerad" phrase in the main text: a page's publication date is at least a lower bound.</li>
 * </ol>
 * Dates that cannot exist, lie before 1995 (no municipal web page is older) or more than a day in the future
 * (time zones, clock skew) are ignored.
 */
public final class LastUpdatedFinder {

    private static final List<String> UPDATED_WORDS = List.of("uppdaterad", "uppdaterades", "uppdaterat", "ändrad",
            "ändrades", "ändrat", "granskad", "granskades", "reviderad", "reviderades");
    private static final List<String> PUBLISHED_WORDS = List.of("publicerad", "publicerades", "publicerat");
    /**
     * Between the word and the date: a colon, "den", "senast", a line break (label and date in separate
     * elements); not a sentence with numbers of its own.
     */
    private static final String GAP = "[^\\d]{0,30}?";

    private static final WordLedPattern UPDATED_PHRASE = new WordLedPattern(UPDATED_WORDS, GAP + SwedishDates.DATE);
    private static final WordLedPattern PUBLISHED_PHRASE =
            new WordLedPattern(PUBLISHED_WORDS, GAP + SwedishDates.DATE);
    private static final Pattern MENTIONS_UPDATE = Pattern.compile("(?iU)uppdater|ändr|granskad|reviderad");
    /** Themes mark the element in English: WordPress prints {@code <time class="updated">}. */
    private static final Pattern UPDATE_CLASS = Pattern.compile("(?i)updated|modified|uppdater|andrad|ändrad");

    private static final String MODIFIED_METAS = "meta[name=last-modified], meta[http-equiv=last-modified], "
            + "meta[property=article:modified_time], meta[name=article:modified_time], "
            + "meta[name=dcterms.modified], meta[name=DC.date.modified], meta[property=og:updated_time]";

    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    private final Clock clock;

    public LastUpdatedFinder() {
        this(Clock.systemUTC());
    }

    public LastUpdatedFinder(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param doc  the whole page, for {@code <time>} elements, metadata and text outside the main content
     * @param text the page's main text, searched first
     */
    public Optional<LocalDate> find(Document doc, String text) {
        // Suppliers, so that rendering the whole page only happens when the main text says nothing.
        List<Supplier<List<LocalDate>>> tiers = List.of(
                () -> phraseDates(UPDATED_PHRASE, text),
                () -> timeElementDates(doc),
                () -> phraseDates(UPDATED_PHRASE, doc.body() == null ? "" : PlainTextRenderer.render(doc.body())),
                () -> metaDates(doc),
                () -> phraseDates(PUBLISHED_PHRASE, text));
        return tiers.stream()
                .map(tier -> tier.get().stream().filter(this::plausible).max(Comparator.naturalOrder()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LocalDate.now(clock).plusDays(1));
    }

    private static List<LocalDate> phraseDates(WordLedPattern phrase, String text) {
        List<LocalDate> dates = new ArrayList<>();
        phrase.forEachMatch(text, m -> SwedishDates.fromMatch(m).ifPresent(dates::add));
        return dates;
    }

    private static List<LocalDate> timeElementDates(Document doc) {
        List<LocalDate> dates = new ArrayList<>();
        for (Element time : doc.select("time")) {
            if (!mentionsUpdate(time)) {
                continue;
            }
            Optional<LocalDate> date = time.hasAttr("datetime")
                    ? SwedishDates.machineReadable(time.attr("datetime"))
                    : SwedishDates.first(time.text());
            date.ifPresent(dates::add);
        }
        return dates;
    }

    /** The label is usually a sibling ("<p>Senast uppdaterad <time …>"), so look up to two levels up. */
    private static boolean mentionsUpdate(Element time) {
        Element context = time;
        for (int level = 0; level < 3 && context != null; level++) {
            if (MENTIONS_UPDATE.matcher(context.text()).find()
                    || UPDATE_CLASS.matcher(context.className()).find()) {
                return true;
            }
            context = context.parent();
            if (context != null && context.is("body, main, article, [role=main]")) {
                return false;
            }
        }
        return false;
    }

    private static List<LocalDate> metaDates(Document doc) {
        List<LocalDate> dates = new ArrayList<>();
        for (Element meta : doc.select(MODIFIED_METAS)) {
            SwedishDates.machineReadable(meta.attr("content")).ifPresent(dates::add);
        }
        return dates;
    }
}
