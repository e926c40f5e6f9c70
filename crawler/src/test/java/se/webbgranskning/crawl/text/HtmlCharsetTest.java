package se.webbgranskning.crawl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {

    private static final URI PAGE = URI.create("https://www.exempelby.se/omsorg/hemtjanst.html");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String SWEDISH = "Äldreomsorg och hemtjänst – för dig som är över 65 år";

    private final HtmlExtractor extractor = new HtmlExtractor();

    private static String page(String head) {
        return "<!DOCTYPE html><html><head>" + head + "<title>Åtgärder</title></head><body><main><h1>Omsorg</h1><p>"
                + SWEDISH + ". Här kan du läsa mer om vår verksamhet och hur du ansöker.</p></main></body></html>";
    }

    @Test
    void utf8WithoutDeclarationIsDetected() {
        HtmlPage result = extractor.extract(page("").getBytes(StandardCharsets.UTF_8), Optional.empty(), PAGE);

        assertThat(result.charsetSource()).isEqualTo(CharsetSource.DETECTED_UTF8);
        assertThat(result.charset()).isEqualTo("UTF-8");
        assertThat(result.mainText()).contains(SWEDISH);
        assertThat(result.title()).isEqualTo("Åtgärder");
    }

    @Test
    void utf8BomWinsOverAWrongHeaderAndIsNotPartOfTheText() {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                page("<meta charset=\"iso-8859-1\">").getBytes(StandardCharsets.UTF_8));

        HtmlPage result = extractor.extract(body, Optional.of("text/html; charset=ISO-8859-1"), PAGE);

        assertThat(result.charsetSource()).isEqualTo(CharsetSource.BOM);
        assertThat(result.charset()).isEqualTo("UTF-8");
        assertThat(result.mainText()).contains(SWEDISH).doesNotContain("\uFEFF");
    }

    @Test
    void utf16LittleEndianBom() {
        byte[] body = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page("").getBytes(StandardCharsets.UTF_16LE));

        HtmlPage result = extractor.extract(body, Optional.empty(), PAGE);

        assertThat(result.charsetSource()).isEqualTo(CharsetSource.BOM);
        assertThat(result.charset()).isEqualTo("UTF-16LE");
        assertThat(result.mainText()).contains(SWEDISH);
    }

    @Test
    void utf16BigEndianBom() {
        byte[] body = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, page("").getBytes(StandardCharsets.UTF_16BE));

        HtmlPage result = extractor.extract(body, Optional.empty(), PAGE);

        assertThat(result.charset()).isEqualTo("UTF-16BE");
        assertThat(result.mainText()).contains(SWEDISH);
    }

    @Test
    void headerCharsetWinsOverAConflictingMetaTag() {
        byte[] body = page("<meta charset=\"utf-8\">").getBytes(WINDOWS_1252);

        HtmlPage result = extractor.extract(body, Optional.of("text/html; charset=\"windows-1252\""), PAGE);

        assertThat(result.charsetSource()).isEqualTo(CharsetSource.HTTP_HEADER);
        assertThat(result.charset()).isEqualTo("windows-1252");
        assertThat(result.mainText()).contains(SWEDISH);
    }

    @Test
    void declaredIso88591IsDecodedAsWindows1252SoTheEnDashSurvives() {
        // ISO-8859-1 has no en dash; windows-1252 encodes it as 0x96, which sites declaring latin1 send anyway.
        byte[] body = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")
                .getBytes(WINDOWS_1252);
        assertThat(body).contains((byte) 0x96);

        HtmlPage result = extractor.extract(body, Optional.of("text/html"), PAGE);

        assertThat(result.charsetSource()).isEqualTo(CharsetSource.META_TAG);
        assertThat(result.charset()).isEqualTo("windows-1252");
        assertThat(result.mainText()).contains(SWEDISH);
        assertThat(result.title()).isEqualTo("Åtgärder");
    }

    @Test
    void latin1InTheHeaderIsAlsoWindows1252() {
        byte[] body = page("").getBytes(WINDOWS_1252);

        HtmlPage result = extractor.extract(body, Optional.of("text/html;charset=latin1"), PAGE);

        assertThat(result.charsetSource()).isEqualTo(CharsetSource.HTTP_HEADER);
        assertThat(result.charset()).isEqualTo("windows-1252");
        assertThat(result.mainText()).contains(SWEDISH);
    }

    @Test
    void metaCharsetIsHonouredWhenTheHeaderHasNone() {
        byte[] body = page("<meta charset='iso-8859-1'>").replace("–", "-").getBytes(StandardCharsets.ISO_8859_1);

        HtmlPage result = extractor.extract(body, Optional.of("text/html"), PAGE);

        assertThat(result.charsetSource()).isEqualTo(CharsetSource.META_TAG);
        assertThat(result.mainText()).contains("Äldreomsorg och hemtjänst - för dig som är över 65 år");
    }

    @Test
    void unknownCharsetNamesFallThroughToTheNextRule() {
        byte[] body = page("<meta charset=\"no-such-charset\">").getBytes(StandardCharsets.UTF_8);

        HtmlPage result = extractor.extract(body, Optional.of("text/html; charset=bogus\u0001name"), PAGE);

        assertThat(result.charsetSource()).isEqualTo(CharsetSource.DETECTED_UTF8);
        assertThat(result.mainText()).contains(SWEDISH);
    }

    @Test
    void bytesThatAreNotUtf8WithoutDeclarationAreWindows1252() {
        byte[] body = page("").getBytes(WINDOWS_1252);

        HtmlPage result = extractor.extract(body, Optional.empty(), PAGE);

        assertThat(result.charsetSource()).isEqualTo(CharsetSource.FALLBACK_WINDOWS_1252);
        assertThat(result.charset()).isEqualTo("windows-1252");
        assertThat(result.mainText()).contains(SWEDISH).contains("å").contains("ä").contains("ö");
    }

    @Test
    void utf8CutOffInTheMiddleOfACharacterIsStillUtf8() {
        byte[] full = (page("") + "ö").getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);

        HtmlPage result = extractor.extract(cut, Optional.empty(), PAGE);

        assertThat(result.charsetSource()).isEqualTo(CharsetSource.DETECTED_UTF8);
        assertThat(result.mainText()).contains(SWEDISH);
    }

    @Test
    void aMetaDeclaringUtf16IsReadAsUtf8() {
        byte[] body = page("<meta charset=\"utf-16\">").getBytes(StandardCharsets.UTF_8);

        HtmlPage result = extractor.extract(body, Optional.empty(), PAGE);

        assertThat(result.charsetSource()).isEqualTo(CharsetSource.META_TAG);
        assertThat(result.charset()).isEqualTo("UTF-8");
        assertThat(result.mainText()).contains(SWEDISH);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
