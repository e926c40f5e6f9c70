package se.webbgranskning.app.crawl;

import java.util.List;
import se.webbgranskning.crawl.index.IndexedPage;

/** The page index of one snapshot as a plain-text table for a terminal. */
final class PageTable {

    private PageTable() {
    }

    static String render(List<IndexedPage> pages) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-6s %-5s %-22s %-50s %-8s %s%n", "STATUS", "KLICK", "TYP", "TITEL", "TEXT", "ADRESS / FEL"));
        for (IndexedPage p : pages) {
            String status = p.status() == null ? "-" : p.status().toString();
            String click = p.clickDepth() == null ? "-" : p.clickDepth().toString();
            String type = p.contentType() == null ? "" : p.contentType().split(";")[0];
            String failure = p.failureKind() == null ? "" : "  [" + p.failureKind() + ": " + p.failureReason() + "]";
            out.append(String.format("%-6s %-5s %-22s %-50s %-8d %s%s%n", status, click, cut(type, 22),
                    cut(p.title() == null ? "" : p.title(), 50), p.textLength(), p.url(), failure));
        }
        out.append(pages.size()).append(pages.size() == 1 ? " rad" : " rader").append(System.lineSeparator());
        return out.toString();
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
