package se.webbgranskning.crawl.text;

import java.nio.charset.Charset;

/** An HTML body decoded to text, with the charset used and why it was chosen. */
record DecodedHtml(String html, Charset charset, CharsetSource source) {
}
