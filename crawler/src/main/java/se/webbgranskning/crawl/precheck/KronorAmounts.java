package se.webbgranskning.crawl.precheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts in Swedish kronor as municipal pages write them: "2 359 kr", "2359 kronor", "2 575:-", "425 kr/tim",
 * "1 234,50 kr", "SEK 300". Thousands may be grouped with a space, a no-break space or a dot.
 */
final class KronorAmounts {

    private static final String NUMBER = "(?<![\\d,.])\\d{1,3}(?:[ \\u00A0\\u202F.]\\d{3})+(?![\\d])|(?<![\\d,.])\\d+";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?iu)(?:(?:" + NUMBER + ")(?:,\\d{1,2}|,-)?\\s?(?:kronor|kr\\.?|sek)(?![\\p{L}])"
                    + "|(?:" + NUMBER + ")\\s?:-"
                    + "|sek\\s?(?:" + NUMBER + "))");

    private KronorAmounts() {
    }

    static List<Span> find(String text) {
        List<Span> amounts = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            amounts.add(new Span(m.start(), m.end()));
        }
        return amounts;
    }
}
