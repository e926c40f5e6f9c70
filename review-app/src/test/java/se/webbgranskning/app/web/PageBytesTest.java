package se.webbgranskning.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;

import gg.jte.output.Utf8ByteOutput;
import org.junit.jupiter.api.Test;

class PageBytesTest {

    @Test
    void textIsEncodedAsStringGetBytesEncodesItLoneSurrogatesIncluded() {
        String text = "Hemtjänst – åäö ÅÄÖ é € 日本 😀 end" + "\uD83D" + " lone high, lone low " + "\uDE00" + "!";
        PageBytes page = new PageBytes(8);

        page.writeContent(text);
        page.writeContent(text, 3, 20);
        page.writeContent("x\uD83D", 0, 2);

        String expected = text + text.substring(3, 20) + "x\uD83D";
        assertThat(page.toByteArray()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        assertThat(page.length()).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aPieceEndingBetweenTheHalvesOfAPairEncodesTheHalfItHolds() {
        String emoji = "a😀b";
        PageBytes page = new PageBytes(64);

        page.writeContent(emoji, 0, 2);

        assertThat(page.toByteArray()).isEqualTo(emoji.substring(0, 2).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void manyPiecesOfEveryKindGiveTheBytesJtesOwnOutputGives() {
        Random random = new Random(7);
        PageBytes page = new PageBytes(16);
        Utf8ByteOutput reference = new Utf8ByteOutput();
        String alphabet = "abc <>&\"' åäö€😀\uD800\uDC00\uDBFF";
        for (int piece = 0; piece < 20_000; piece++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            switch (random.nextInt(3)) {
                case 0 -> {
                    page.writeContent(s);
                    reference.writeContent(s);
                }
                case 1 -> {
                    int start = s.isEmpty() ? 0 : random.nextInt(s.length());
                    int end = start + (s.length() == start ? 0 : random.nextInt(s.length() - start + 1));
                    page.writeContent(s, start, end);
                    reference.writeContent(s, start, end);
                }
                default -> {
                    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                    page.writeBinaryContent(bytes);
                    reference.writeBinaryContent(bytes);
                }
            }
        }

        assertThat(page.toByteArray()).isEqualTo(reference.toByteArray());
        assertThat(page.toString()).isEqualTo(new String(reference.toByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void aTemplateRenderedIntoItMatchesTheSameTemplateRenderedAsAString() {
        Templates templates = new Templates();
        Map<String, Object> params = Map.of("page", PageModel.of("Fel – \"<script>\" & åäö", null, "/"),
                "status", 404, "message", "Sidan <b>finns</b> inte – 😀", "errorId", "ab12");

        byte[] first = templates.renderBytes("error.jte", params);
        byte[] second = templates.renderBytes("error.jte", params); // into a buffer sized by the first

        String asString = templates.render("error.jte", params);
        assertThat(first).isEqualTo(asString.getBytes(StandardCharsets.UTF_8)).isEqualTo(second);
        assertThat(asString).contains("&lt;b&gt;finns&lt;/b&gt;").contains("😀");
    }
}
