package se.webbgranskning.crawl.wacz;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.cdx.CdxFormat;

/**
 * What the bundle needs to know of one record before copying it: its type, target, id and date to check it
 * against the page index, and for a response or revisit its CDXJ line. Read with jwarc, which reads only the
 * headers (and the HTTP headers, for the CDXJ line), not the body.
 *
 * @param target       the WARC-Target-URI, empty for a warcinfo record
 * @param concurrentTo the WARC-Concurrent-To ids of a metadata record, else empty
 * @param cdxj         the record's CDXJ line for its place in the bundle, empty unless a response or revisit
 */
record RecordHeader(String type, String target, URI id, Instant date, List<URI> concurrentTo, String cdxj) {

    /** The file name that CDXJ lines point into: the WARC file inside the bundle's {@code archive/} folder. */
    static final String BUNDLED_WARC = "data.warc.gz";

    /**
     * Reads the record at {@code offset} of a WARC file.
     *
     * @param bundledOffset where the record will lie in the bundle's WARC file
     * @param length        the record's gzip member length, the same there as here
     */
    static RecordHeader read(Path file, long offset, long bundledOffset, long length) throws IOException {
        // A fresh channel per record: closing the reader closes its channel
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(offset);
            try (WarcReader reader = new WarcReader(channel)) {
                WarcRecord record = reader.next().orElseThrow(() -> new IOException("no WARC record here"));
                String target = record instanceof WarcTargetRecord targeted ? targeted.target() : "";
                List<URI> concurrentTo = record instanceof WarcMetadata metadata ? metadata.concurrentTo() : List.of();
                // jwarc's CDXJ format is pywb's (SURT key, 14-digit date, JSON with url, mime, status, digest,
                // length, offset, filename), which is what ReplayWeb.page reads
                String cdxj = record instanceof WarcResponse || record instanceof WarcRevisit
                        ? CdxFormat.CDXJ.format((WarcTargetRecord) record, BUNDLED_WARC, bundledOffset, length, null)
                        : "";
                return new RecordHeader(record.type(), target, record.id(), record.date(), concurrentTo, cdxj);
            }
        } catch (RuntimeException e) {
            // jwarc reports some malformed headers as runtime exceptions
            throw new IOException("WARC record header cannot be read: " + e.getMessage(), e);
        }
    }
}
