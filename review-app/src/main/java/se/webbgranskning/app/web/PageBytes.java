package se.webbgranskning.app.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import gg.jte.TemplateOutput;

/**
 * A page rendered straight into one growing UTF-8 buffer. jte's {@code Utf8ByteOutput} keeps every piece as a
 * chunk of its own, and its escaping writes text in many small pieces, each cut out as a substring and encoded
 * into a new array: on the review screen (some 200 kB, tens of thousands of pieces) that list and those arrays
 * were a third of the rendering's CPU (JFR under bench/soak.sh). Here the fixed template text is copied in and
 * text is encoded in place. The bytes are those {@link String#getBytes} gives, a lone surrogate included ('?').
 */
final class PageBytes implements TemplateOutput {

    private byte[] buffer;
    private int length;

    PageBytes(int expectedBytes) {
        buffer = new byte[Math.max(64, expectedBytes)];
    }

    /** The page as written, exactly as long as it is. */
    byte[] toByteArray() {
        return Arrays.copyOf(buffer, length);
    }

    int length() {
        return length;
    }

    @Override
    public void writeBinaryContent(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    @Override
    public void writeContent(String text) {
        writeContent(text, 0, text.length());
    }

    @Override
    public void writeContent(String text, int start, int end) {
        ensure((end - start) * 3); // at most three bytes per UTF-16 unit; a pair of them takes four
        byte[] out = buffer;
        int at = length;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < end
                        && Character.isLowSurrogate(text.charAt(i + 1));
                int codePoint = pair ? Character.toCodePoint(c, text.charAt(++i)) : -1;
                if (codePoint < 0) {
                    out[at++] = '?';
                } else {
                    out[at++] = (byte) (0xF0 | codePoint >> 18);
                    out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    out[at++] = (byte) (0x80 | codePoint & 0x3F);
                }
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = at;
    }

    private void ensure(int more) {
        if (buffer.length - length < more) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    @Override
    public String toString() {
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }
}
