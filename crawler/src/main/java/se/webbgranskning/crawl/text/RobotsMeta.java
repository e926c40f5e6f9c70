package se.webbgranskning.crawl.text;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page-level robots directives from {@code <meta name="robots">} and {@code <meta name="googlebot">}. */
record RobotsMeta(boolean noindex, boolean nofollow) {

    static RobotsMeta of(Document doc) {
        boolean noindex = false;
        boolean nofollow = false;
        for (Element meta : doc.select("meta[name~=(?i)^\\s*(robots|googlebot)\\s*$][content]")) {
            for (String token : meta.attr("content").toLowerCase(Locale.ROOT).split("[,\\s]+")) {
                noindex |= token.equals("noindex") || token.equals("none");
                nofollow |= token.equals("nofollow") || token.equals("none");
            }
        }
        return new RobotsMeta(noindex, nofollow);
    }
}
