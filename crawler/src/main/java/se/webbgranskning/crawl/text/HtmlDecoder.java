package se.webbgranskning.crawl.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Decodes an HTML body the way browsers do (WHATWG "encoding sniffing", simplified): BOM, then the HTTP header,
 * then a meta declaration in the first {@value #PRESCAN_BYTES} bytes, then "is it valid UTF-8?", then
 * windows-1252. We decode ourselves instead of letting crawler4j do it because it assumes UTF-8 for every page.
 *
 * <p>A declared ISO-8859-1 or US-ASCII is decoded, and reported, as windows-1252: WHATWG maps those labels to
 * windows-1252, and Swedish sites that declare latin1 often really send windows-1252 characters such as the en
 * dash (0x96) or curly quotes, which ISO-8859-1 would turn into invisible control characters.
 */
final class HtmlDecoder {

    /** WHATWG prescans 1024 bytes; we look further because CMS templates often put a lot before the meta. */
    static final int PRESCAN_BYTES = 4096;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Pattern HEADER_CHARSET =
            Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';,\\s]+)");

    DecodedHtml decode(byte[] body, Optional<String> contentTypeHeader) {
        Optional<Bom> bom = Bom.of(body);
        if (bom.isPresent()) {
            int skip = bom.get().length();
            return new DecodedHtml(new String(body, skip, body.length - skip, bom.get().charset()),
                    bom.get().charset(), CharsetSource.BOM);
        }
        Optional<Charset> declared = contentTypeHeader.flatMap(HtmlDecoder::charsetFromHeader);
        if (declared.isPresent()) {
            return decodeWith(body, declared.get(), CharsetSource.HTTP_HEADER);
        }
        Optional<Charset> meta = charsetFromMeta(body);
        if (meta.isPresent()) {
            return decodeWith(body, meta.get(), CharsetSource.META_TAG);
        }
        if (isUtf8(body)) {
            return decodeWith(body, StandardCharsets.UTF_8, CharsetSource.DETECTED_UTF8);
        }
        return decodeWith(body, WINDOWS_1252, CharsetSource.FALLBACK_WINDOWS_1252);
    }

    private static DecodedHtml decodeWith(byte[] body, Charset charset, CharsetSource source) {
        return new DecodedHtml(new String(body, charset), charset, source);
    }

    static Optional<Charset> charsetFromHeader(String contentType) {
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? lookup(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charsetFromMeta(byte[] body) {
        // Every charset a meta tag can legally name is ASCII-compatible, so reading the prefix as
        // ISO-8859-1 keeps the markup intact whatever the real encoding is.
        String prefix = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Document head = Jsoup.parse(prefix);
        for (Element meta : head.select("meta[charset], meta[http-equiv][content]")) {
            Optional<Charset> found = meta.hasAttr("charset")
                    ? lookup(meta.attr("charset"))
                    : meta.attr("http-equiv").equalsIgnoreCase("content-type")
                            ? charsetFromHeader(meta.attr("content"))
                            : Optional.empty();
            if (found.isPresent()) {
                // A page cannot really be UTF-16 if we could read its meta tag as ASCII (WHATWG rule).
                return found.get().name().startsWith("UTF-16") ? Optional.of(StandardCharsets.UTF_8) : found;
            }
        }
        return Optional.empty();
    }

    /** Resolves a label, mapping latin1/ASCII to windows-1252; unknown or malformed labels give empty. */
    static Optional<Charset> lookup(String label) {
        String name = label.trim();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(name);
            if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
                return Optional.of(WINDOWS_1252);
            }
            return Optional.of(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** Valid UTF-8, allowing one incomplete character at the very end (a body cut off by a size limit). */
    static boolean isUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, false);
            if (result.isError()) {
                return false;
            }
            if (result.isOverflow()) {
                out.clear();
            } else {
                return in.remaining() < 4;
            }
        }
    }

    private record Bom(Charset charset, int length) {
        static Optional<Bom> of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
            }
            return Optional.empty();
        }
    }
}
