package se.webbgranskning.crawl.wacz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.jwat.common.Diagnosis;
import org.jwat.common.HeaderLine;
import org.jwat.warc.WarcReader;
import org.jwat.warc.WarcReaderFactory;
import org.jwat.warc.WarcRecord;

/**
 * Reads a bundle's WARC file with JWAT, a WARC implementation independent of the jwarc library the crawler
 * writes with, computing and checking every block and payload digest as it reads.
 */
public final class JwatRecords {

    /**
     * One record as JWAT saw it.
     *
     * @param blockDigestValid   null when the record declares no block digest
     * @param payloadDigestValid null when JWAT did not check one (no declared digest, or no payload)
     * @param problems           JWAT's errors and warnings, plus "not compliant" if it judged the record so
     */
    public record Read(long offset, String type, String uri, String id, String date, Integer status, String payloadDigest,
                String concurrentTo, Boolean blockDigestValid, Boolean payloadDigestValid, List<String> problems) {
    }

    private JwatRecords() {
    }

    /** Every record of a WARC file, in order; also fails if the reader itself reports problems at the end. */
    public static List<Read> all(byte[] warc) throws IOException {
        List<Read> records = new ArrayList<>();
        try (WarcReader reader = WarcReaderFactory.getReader(new ByteArrayInputStream(warc))) {
            enableDigests(reader);
            WarcRecord record;
            while ((record = reader.getNextRecord()) != null) {
                records.add(read(record));
            }
            if (reader.diagnostics.hasErrors() || reader.diagnostics.hasWarnings()) {
                throw new AssertionError("JWAT reader diagnoses: " + describe(reader.diagnostics.getErrors())
                        + describe(reader.diagnostics.getWarnings()));
            }
        }
        return records;
    }

    /** The one record whose gzip member starts at {@code offset}. */
    static Read at(byte[] warc, long offset, long length) throws IOException {
        WarcReader reader = WarcReaderFactory.getReaderCompressed();
        enableDigests(reader);
        InputStream member = new ByteArrayInputStream(warc, (int) offset, (int) length);
        WarcRecord record = reader.getNextRecordFrom(member, offset);
        if (record == null) {
            throw new AssertionError("no record at offset " + offset);
        }
        Read read = read(record);
        if (reader.getNextRecordFrom(member, offset + length) != null) {
            throw new AssertionError("more than one record in " + length + " bytes at offset " + offset);
        }
        reader.close();
        return read;
    }

    private static void enableDigests(WarcReader reader) {
        reader.setBlockDigestEnabled(true);
        reader.setPayloadDigestEnabled(true);
    }

    private static Read read(WarcRecord record) throws IOException {
        // Closing reads the rest of the block, which is when JWAT finishes and compares the digests
        record.close();
        List<String> problems = new ArrayList<>();
        record.diagnostics.getErrors().forEach(d -> problems.add("error " + describe(d)));
        record.diagnostics.getWarnings().forEach(d -> problems.add("warning " + describe(d)));
        if (!record.isCompliant()) {
            problems.add("not compliant");
        }
        Integer status = record.getHttpHeader() == null ? null : record.getHttpHeader().statusCode;
        return new Read(record.getStartOffset(), record.header.warcTypeStr, record.header.warcTargetUriStr,
                record.header.warcRecordIdStr, record.header.warcDateStr, status, record.header.warcPayloadDigestStr,
                value(record.getHeader("WARC-Concurrent-To")), record.isValidBlockDigest,
                record.isValidPayloadDigest, problems);
    }

    private static String value(HeaderLine line) {
        return line == null ? null : line.value;
    }

    private static String describe(List<Diagnosis> diagnoses) {
        StringBuilder out = new StringBuilder();
        diagnoses.forEach(d -> out.append(describe(d)).append("; "));
        return out.toString();
    }

    private static String describe(Diagnosis d) {
        return d.type + " " + d.entity + " " + String.join(", ", d.information);
    }
}
