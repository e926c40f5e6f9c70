package se.webbgranskning.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * The pages of one synthetic municipality: a start page, an "Omsorg" hub, a home-care page and 37 home-care
 * sub-pages, and two PDFs. Each HTML page weighs about 40 KB like a real municipal CMS page: a few KB of text
 * in {@code <main>}, the rest inline styles, scripts and SVG icons (which add no links), header, menu and footer.
 * Every page is reachable by links a home-care crawler follows, and nothing else is linked, so a crawler that
 * keeps only home care and wget, which keeps everything, fetch the same documents.
 */
final class SyntheticSite {

    static final int SUB_PAGES = 37;
    static final int HTML_PAGES = 3 + SUB_PAGES;
    static final String[] PDFS = {"/dokument/avgifter-hemtjanst-2026.pdf", "/dokument/riktlinjer-hemtjanst.pdf"};

    private static final String[] WORDS = ("hemtjänst omsorg stöd trygghetslarm matdistribution anhörig "
            + "biståndshandläggare ansökan avgift maxtaxa utförare valfrihet kommunen hjälp hemmet städning tvätt "
            + "inköp personlig omvårdnad dusch promenad kontakt telefon beslut insatser äldre boende").split(" ");

    private final int index;
    private final String name;

    SyntheticSite(int index) {
        this.index = index;
        this.name = "Syntetkommun " + (index + 1);
    }

    /** The page at a path, or null if the site has none there. */
    byte[] page(String path) {
        String html;
        if (path.equals("/")) {
            html = layout("Startsida", "<h1>Välkommen till " + name + "</h1>"
                    + "<p><a href=\"/omsorg/\">Omsorg och stöd</a></p>" + filler(0, 1), "/");
        } else if (path.equals("/omsorg/")) {
            html = layout("Omsorg och stöd", "<h1>Omsorg och stöd</h1>"
                    + "<p><a href=\"/omsorg/hemtjanst/\">Hemtjänst</a></p>" + filler(1, 1), path);
        } else if (path.equals("/omsorg/hemtjanst/")) {
            StringBuilder body = new StringBuilder("<h1>Hemtjänst</h1><ul>");
            for (int i = 1; i <= SUB_PAGES; i++) {
                body.append("<li><a href=\"").append(subPage(i)).append("\">Hemtjänst – del ").append(i)
                        .append("</a></li>");
            }
            body.append("</ul><p><a href=\"").append(PDFS[0]).append("\">Avgifter för hemtjänst 2026 (pdf)</a></p>")
                    .append("<p><a href=\"").append(PDFS[1]).append("\">Riktlinjer för hemtjänst (pdf)</a></p>");
            html = layout("Hemtjänst", body + filler(2, 1), path);
        } else if (path.startsWith("/omsorg/hemtjanst/del-") && path.endsWith(".html")) {
            int n;
            try {
                n = Integer.parseInt(path.substring("/omsorg/hemtjanst/del-".length(), path.length() - 5));
            } catch (NumberFormatException e) {
                return null;
            }
            if (n < 1 || n > SUB_PAGES) {
                return null;
            }
            html = layout("Hemtjänst – del " + n, "<h1>Hemtjänst – del " + n + "</h1>" + filler(10 + n, 1)
                    + "<p><a href=\"" + subPage(n % SUB_PAGES + 1) + "\">Nästa del om hemtjänst</a></p>", path);
        } else {
            return null;
        }
        return html.getBytes(StandardCharsets.UTF_8);
    }

    static String subPage(int n) {
        return String.format("/omsorg/hemtjanst/del-%02d.html", n);
    }

    private String layout(String title, String main, String path) {
        return "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>" + title + " – " + name
                + "</title></head><body>" + bloat(index * 100_000L + path.hashCode()) + "<header><a href=\"/\">" + name + "</a><nav><ul>"
                + "<li><a href=\"/\">Start</a></li><li><a href=\"/omsorg/\">Omsorg och stöd</a></li>"
                + "<li><a href=\"/omsorg/hemtjanst/\">Hemtjänst</a></li></ul></nav></header><main>" + main
                + "</main><footer><p>" + name + ", Kommunvägen 1. Telefon 010-" + (100000 + index) + ".</p>"
                + "<p>Sidan uppdaterades 2026-03-0" + (1 + index % 9) + ".</p><!-- " + path + " --></footer>"
                + "</body></html>";
    }

    /**
     * CMS bloat: an inline style sheet, a JSON portlet configuration and an SVG sprite, about 40 KB, with ids and
     * hashes that differ per page (as real ones do), so that it compresses like real markup, not like a repeat.
     */
    private static String bloat(long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder("<style>");
        for (int i = 0; i < 120; i++) {
            out.append(".sv-").append(Long.toHexString(random.nextLong())).append("{margin:").append(random.nextInt(40))
                    .append("px;color:#").append(Integer.toHexString(random.nextInt(0xffffff))).append("}\n");
        }
        out.append("</style><script>var sitevisionConfig={\"portlets\":[");
        for (int i = 0; i < 220; i++) {
            out.append("{\"id\":\"12.").append(Long.toHexString(random.nextLong())).append("\",\"cache\":")
                    .append(random.nextBoolean()).append(",\"v\":").append(random.nextInt(100000)).append("},");
        }
        out.append("{}]};</script><svg style=\"display:none\">");
        for (int i = 0; i < 40; i++) {
            out.append("<symbol id=\"i").append(i).append("\"><path d=\"M").append(random.nextInt(24));
            for (int k = 0; k < 12; k++) {
                out.append(' ').append(random.nextInt(2400) / 100.0);
            }
            out.append("z\"/></symbol>");
        }
        return out.append("</svg>").toString();
    }

    /** Deterministic Swedish-looking paragraphs, about 6 KB per unit, different for every site and page. */
    private String filler(int seed, int units) {
        Random random = new Random(index * 1_000L + seed);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < units * 6; p++) {
            text.append("<p>");
            for (int w = 0; w < 140; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 14 == 13 ? ". " : " ");
            }
            text.append("</p>");
        }
        return text.toString();
    }
}
