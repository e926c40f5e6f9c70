package se.webbgranskning.crawl.warc;

/**
 * Where a record lies: its file (relative to the WARC root, e.g. {@code 2026-11-24-1/9901-001.warc.gz}), the
 * offset of its gzip member and the member's compressed length.
 */
public record WarcLocation(String file, long offset, long length) {
}
