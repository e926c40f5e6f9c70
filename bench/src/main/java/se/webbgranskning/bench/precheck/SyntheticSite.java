package se.webbgranskning.bench.precheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * All documents of one synthetic municipality as a crawler would fetch them: about {@code pages} full HTML pages
 * (CMS layout with a menu of the site's sections, a read-aloud link, breadcrumbs and a footer with the usual
 * links) and three PDFs. An eighth or so of the pages are about elderly and home care, the rest about traffic,
 * schools, building, culture, politics, business and news, like a municipal site's crawl would give.
 */
final class SyntheticSite {

    /** A fetched document: HTML bytes, or PDF bytes, at an address, with its click depth. */
    record Document(String url, String contentType, byte[] body, int clickDepth) {

        boolean isPdf() {
            return contentType.equals("application/pdf");
        }
    }

    private static final String[][] SECTIONS = {{"trafik-och-infrastruktur", "Trafik och infrastruktur"},
            {"utbildning-och-forskola", "Utbildning och förskola"}, {"bygga-bo-och-miljo", "Bygga, bo och miljö"},
            {"kultur-och-fritid", "Kultur och fritid"}, {"kommun-och-politik", "Kommun och politik"},
            {"naringsliv-och-arbete", "Näringsliv och arbete"}};
    private static final String[] MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
            "september", "oktober", "november", "december"};

    private final Municipality m;
    private final Random random;
    private final SwedishProse prose;
    private final int dateStyle;

    SyntheticSite(Municipality m) {
        this.m = m;
        this.random = new Random(0xBEEF_0000L + m.index());
        this.prose = new SwedishProse(random);
        this.dateStyle = random.nextInt(10);
    }

    /** The site's documents, {@code target} of them in all (at least the fixed pages). */
    List<Document> documents(int target) {
        List<SitePage> pages = new ArrayList<>();
        pages.add(new SitePage("/", "Startsida", 0, startPage(), -1));
        pages.add(new SitePage("/omsorg-och-stod/", "Omsorg och stöd", 1, "<h1>Omsorg och stöd</h1><p>Kommunen ger"
                + " stöd till dig som är äldre eller har en funktionsnedsättning.</p><p><a href=\"" + m.homeCarePath()
                + "\">" + m.homeCareName() + "</a></p>", -1));
        for (int i = 0; i < SECTIONS.length; i++) {
            pages.add(new SitePage("/" + SECTIONS[i][0] + "/", SECTIONS[i][1], 1, prose.article(SECTIONS[i][1], i), -1));
        }
        HomeCarePages core = new HomeCarePages(m, random);
        pages.addAll(core.pages());
        pages.addAll(new CareSubjectPages(m, random, core).pages(Math.max(5, target / 10)));
        pages.add(new SitePage("/kontakta-oss", "Kontakta oss", 1, "<h1>Kontakta oss</h1><p>Kontaktcenter svarar på"
                + " telefon " + m.phone() + ", " + m.openingHours() + ". E-post: kommun@" + m.host().substring(4) + "."
                + "</p>", -1));
        if (m.covers().accessibility()) {
            pages.add(new SitePage("/om-webbplatsen/tillganglighetsredogorelse", "Tillgänglighetsredogörelse", 1,
                    accessibilityStatement(), 30));
        }
        int pdfs = m.covers().feePdf() ? 3 : 2;
        for (int k = 0; pages.size() + pdfs < target; k++) {
            boolean news = k % 4 == 0;
            int section = k % SECTIONS.length;
            String heading = SwedishProse.capitalize(prose.pick(SwedishProse.SECTION_OBJECTS.get(section))) + " " + (k + 1);
            String path = news ? "/nyheter/" + m.snapshotDay().getYear() + "/" + CareSubjectPages.slug(heading)
                    : "/" + SECTIONS[section][0] + "/" + CareSubjectPages.slug(heading);
            String body = prose.article(heading, section);
            if (news && k % 12 == 0) {
                body += "<p>Hemtjänsten har fått nya bilar som drivs med biogas.</p>";
            }
            pages.add(new SitePage(path, heading, news ? 2 : 2 + k % 2, body, news ? 31 + k % 9 : -1));
        }

        List<Document> documents = new ArrayList<>();
        for (SitePage page : pages) {
            documents.add(new Document(m.url(page.path()), "text/html; charset=utf-8",
                    layout(page).getBytes(StandardCharsets.UTF_8), page.clickDepth()));
        }
        try {
            int careDepth = m.homeCareDepth() + 1;
            if (m.covers().feePdf()) {
                documents.add(new Document(m.url("/dokument/avgifter-aldreomsorg-" + m.feeYear() + ".pdf"),
                        "application/pdf", SyntheticPdfs.fees(m), careDepth + 1));
            }
            documents.add(new Document(m.url("/dokument/riktlinjer-for-hemtjanst.pdf"), "application/pdf",
                    SyntheticPdfs.guidelines(m, random), careDepth));
            documents.add(new Document(m.url("/dokument/protokoll-kommunfullmaktige.pdf"), "application/pdf",
                    SyntheticPdfs.minutes(m, prose), 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    private String startPage() {
        StringBuilder b = new StringBuilder("<h1>Välkommen till ").append(m.name()).append("</h1><h2>Nyheter</h2>");
        for (int i = 0; i < 4; i++) {
            b.append("<article><h3>").append(SwedishProse.capitalize(prose.pick(SwedishProse.SECTION_OBJECTS.get(i))))
                    .append("</h3>").append(prose.paragraph(i)).append("</article>");
        }
        return b.append("<p><a href=\"/omsorg-och-stod/\">Omsorg och stöd</a></p>").toString();
    }

    private String accessibilityStatement() {
        return "<h1>Tillgänglighetsredogörelse</h1><p>" + m.name() + " står bakom den här webbplatsen. Vi vill att så"
                + " många som möjligt ska kunna använda den.</p><h2>Kända brister</h2><p>Vissa pdf-dokument är inte"
                + " helt tillgängliga.</p><h2>Rapportera brister</h2><p>Kontakta oss om du upptäcker problem som inte"
                + " beskrivs här.</p><h2>Tillsyn</h2><p>Myndigheten för digital förvaltning (Digg) har ansvaret för"
                + " tillsyn enligt lagen om tillgänglighet till digital offentlig service.</p>";
    }

    private String layout(SitePage page) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>").append(page.title())
                .append(" - ").append(m.name()).append("</title></head><body><header><a href=\"/\">").append(m.name())
                .append("</a>");
        if (m.covers().readAloud()) {
            b.append("<a href=\"https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=").append(4000 + m.index())
                    .append("&amp;lang=sv_se&amp;url=").append(m.url(page.path())).append("\">Lyssna</a>");
        }
        b.append("<nav><ul><li><a href=\"/\">Start</a></li><li><a href=\"/omsorg-och-stod/\">Omsorg och stöd</a></li>");
        for (String[] section : SECTIONS) {
            b.append("<li><a href=\"/").append(section[0]).append("/\">").append(section[1]).append("</a></li>");
        }
        b.append("</ul></nav></header><nav class=\"breadcrumb\"><a href=\"/\">Start</a></nav><main>")
                .append(page.main());
        if (page.updatedSlot() >= 0 && dateStyle > 0) {
            var date = m.updated().get(page.updatedSlot() % m.updated().size());
            b.append(dateStyle < 6 ? "<p>Senast uppdaterad: " + date + "</p>"
                    : "<p>Sidan uppdaterades " + date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " "
                    + date.getYear() + "</p>");
        }
        b.append("</main><footer><p>").append(m.name()).append(", Kommunvägen 1. Telefon ").append(m.phone())
                .append("</p><ul><li><a href=\"/kontakta-oss\">Kontakta oss</a></li>");
        if (m.covers().accessibility()) {
            b.append("<li><a href=\"/om-webbplatsen/tillganglighetsredogorelse\">Tillgänglighetsredogörelse</a></li>");
        }
        if (m.covers().easyToRead()) {
            b.append("<li><a href=\"/lattlast\">Lättläst</a></li>");
        }
        if (m.covers().english()) {
            b.append("<li><a href=\"/other-languages\">Other languages</a></li>");
        }
        if (m.covers().complaints()) {
            b.append("<li><a href=\"/synpunkter\">Synpunkter och klagomål</a></li>");
        }
        b.append("<li><a href=\"/om-webbplatsen/kakor\">Kakor</a></li><li><a href=\"/press\">Press</a></li>")
                .append("<li><a href=\"/jobba-hos-oss\">Jobba hos oss</a></li></ul></footer></body></html>");
        return b.toString();
    }
}
