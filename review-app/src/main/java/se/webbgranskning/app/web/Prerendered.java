package se.webbgranskning.app.web;

import java.nio.charset.StandardCharsets;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * HTML rendered once by a template (so escaped like everything else) and reused as it is, kept also as UTF-8
 * bytes so that a byte output copies it instead of encoding it again.
 */
public final class Prerendered implements Content {

    private final String html;
    private final byte[] utf8;

    public Prerendered(String html) {
        this.html = html;
        this.utf8 = html.getBytes(StandardCharsets.UTF_8);
    }

    /** A byte output copies the bytes; any other output (jte's default) turns them back into text. */
    @Override
    public void writeTo(TemplateOutput output) {
        output.writeBinaryContent(utf8);
    }

    @Override
    public String toString() {
        return html;
    }
}
