package se.webbgranskning.crawl.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Swedish web pages write them: 2026-03-14, 14/3 2026, 14.3.2026, "14 mars 2026", "3 feb. 2025".
 * Parsing only checks that the date exists (no 30 February); whether it is plausible is the caller's business.
 */
final class SwedishDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("januari", 1), Map.entry("feb", 2), Map.entry("februari", 2),
            Map.entry("mar", 3), Map.entry("mars", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("maj", 5), Map.entry("jun", 6), Map.entry("juni", 6), Map.entry("jul", 7),
            Map.entry("juli", 7), Map.entry("aug", 8), Map.entry("augusti", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("okt", 10), Map.entry("oktober", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private static final String MONTH_NAME = "januari|februari|mars|april|maj|juni|juli|augusti|september|"
            + "oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec";

    /** One alternative per format; the named groups of the alternative that matched are set. */
    static final String DATE = "(?:(?<isoY>\\d{4})-(?<isoM>\\d{1,2})-(?<isoD>\\d{1,2})(?!\\d)"
            + "|(?<slashD>\\d{1,2})/(?<slashM>\\d{1,2})(?:\\s+|/|\\s*-\\s*)(?<slashY>\\d{4})(?!\\d)"
            + "|(?<dotD>\\d{1,2})\\.(?<dotM>\\d{1,2})\\.(?<dotY>\\d{4})(?!\\d)"
            + "|(?<nameD>\\d{1,2})(?:\\s+|\\s*\\.\\s*)(?<nameM>" + MONTH_NAME + ")\\.?,?\\s+(?<nameY>\\d{4})(?!\\d))";

    private static final Pattern DATE_ONLY = Pattern.compile("(?iu)" + DATE);
    private static final Pattern ISO_PREFIX = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");

    private SwedishDates() {
    }

    /** The date in a match of a pattern that contains {@link #DATE}; empty if the date does not exist. */
    static Optional<LocalDate> fromMatch(Matcher m) {
        try {
            if (m.group("isoY") != null) {
                return Optional.of(date(m.group("isoY"), m.group("isoM"), m.group("isoD")));
            }
            if (m.group("slashY") != null) {
                return Optional.of(date(m.group("slashY"), m.group("slashM"), m.group("slashD")));
            }
            if (m.group("dotY") != null) {
                return Optional.of(date(m.group("dotY"), m.group("dotM"), m.group("dotD")));
            }
            Integer month = MONTHS.get(m.group("nameM").toLowerCase(Locale.ROOT));
            return Optional.of(LocalDate.of(Integer.parseInt(m.group("nameY")), month,
                    Integer.parseInt(m.group("nameD"))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first date anywhere in a text, for example in the text of a {@code <time>} element. */
    static Optional<LocalDate> first(String text) {
        Matcher m = DATE_ONLY.matcher(text);
        return m.find() ? fromMatch(m) : Optional.empty();
    }

    /**
     * A machine-readable date: ISO 8601 (date or date-time, as in {@code datetime} attributes and most metas)
     * or an HTTP date ("Sat, 14 Mar 2026 10:42:00 GMT", as some last-modified metas have).
     */
    static Optional<LocalDate> machineReadable(String value) {
        Matcher iso = ISO_PREFIX.matcher(value);
        try {
            if (iso.find()) {
                return Optional.of(date(iso.group(1), iso.group(2), iso.group(3)));
            }
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }
}
