package se.webbgranskning.crawl.wacz;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import se.webbgranskning.crawl.index.ArchivedCapture;
import se.webbgranskning.crawl.warc.WarcLocation;
import se.webbgranskning.crawl.warc.WarcRoot;
import se.webbgranskning.crawl.warc.GzipMember;

/**
 * Writes the bundle's WARC file by copying records out of the crawl's WARC files, each as the gzip member it
 * already is: verbatim bytes keep every record's digests, and the member boundaries are what CDXJ offsets need.
 * Every member is checked whole ({@link GzipMember}) and every record's type and target against the page index
 * before it is copied, so a damaged or mislocated record stops the bundle instead of slipping into it.
 *
 * <p>Which records go in, and why:
 * <ul>
 *   <li>every response and revisit record of the snapshot: what ReplayWeb.page shows;</li>
 *   <li>for a revisit, the earlier response that holds its payload (usually in an earlier round's file): a
 *       revisit alone replays as nothing, and the response is listed in the CDXJ so replay tools find it;</li>
 *   <li>the metadata record the crawler writes right after each response or revisit (how the URL was reached,
 *       any failure): it is the member that follows, so it costs one look, and it lets the bundle say what
 *       the page index said. It is recognised by its WARC-Concurrent-To, and left out if missing or cut off
 *       (a crawl killed between the two writes), since replay does not need it;</li>
 *   <li>the metadata records of URLs without a response (refused, unreachable, too large): the reviewer saw
 *       those failures too;</li>
 *   <li>the warcinfo record that opens each source file: it says how the records were made.</li>
 * </ul>
 * No request records exist to copy: the crawler states its request headers once, in the warcinfo record. Records
 * go file by file, each file's warcinfo first and its records in their original order.
 */
final class ArchiveCopier {

    private static final int CHUNK = 64 * 1024;

    /** Why a record is wanted, and what it must turn out to be. */
    private enum Role { WARCINFO, CAPTURE, PAYLOAD, FAILURE }

    /** @param url the target the record must have, empty for warcinfo; {@code length} is -1 when not known */
    private record Wanted(Role role, String type, String url, long length) {
    }

    /**
     * What was copied.
     *
     * @param cdxjLines  one unsorted line per response and revisit record
     * @param capturedAt the WARC-Date of each response or revisit of the snapshot, by URL (not of the earlier
     *                   responses copied for their payload)
     * @param records    how many records were copied
     */
    record Copied(List<String> cdxjLines, Map<String, Instant> capturedAt, int records) {
    }

    private final WarcRoot root;
    private final MeasuredOutput out;
    private final List<String> cdxj = new ArrayList<>();
    private final Map<String, Instant> capturedAt = new HashMap<>();
    private int records;

    /** @param out the bundle's WARC file; its count is the offset the next record gets there */
    ArchiveCopier(WarcRoot root, MeasuredOutput out) {
        this.root = root;
        this.out = out;
    }

    /**
     * Copies the records of {@code captures} (and the records that go with them); call once.
     *
     * @throws IOException naming the file (and offset) when a WARC file is missing or a record is cut off,
     *                     damaged or not what the page index says
     */
    Copied copy(List<ArchivedCapture> captures) throws IOException {
        for (Map.Entry<String, NavigableMap<Long, Wanted>> file : plan(captures).entrySet()) {
            copyFile(file.getKey(), file.getValue());
        }
        return new Copied(List.copyOf(cdxj), Map.copyOf(capturedAt), records);
    }

    /** The records wanted from each file, by offset. */
    private static Map<String, NavigableMap<Long, Wanted>> plan(List<ArchivedCapture> captures) {
        Map<String, NavigableMap<Long, Wanted>> files = new TreeMap<>();
        for (ArchivedCapture capture : captures) {
            WarcLocation at = capture.record();
            Role role = switch (capture.recordType()) {
                case ArchivedCapture.RESPONSE, ArchivedCapture.REVISIT -> Role.CAPTURE;
                case ArchivedCapture.METADATA -> Role.FAILURE;
                default -> throw new IllegalArgumentException("cannot bundle a record of type "
                        + capture.recordType() + ": " + capture.url());
            };
            wantedIn(files, at.file()).put(at.offset(),
                    new Wanted(role, capture.recordType(), capture.url(), at.length()));
            if (capture.isRevisit()) {
                WarcLocation payload = capture.payloadRecord();
                wantedIn(files, payload.file()).putIfAbsent(payload.offset(),
                        new Wanted(Role.PAYLOAD, ArchivedCapture.RESPONSE, capture.url(), payload.length()));
            }
        }
        files.values().forEach(wanted -> wanted.putIfAbsent(0L, new Wanted(Role.WARCINFO, "warcinfo", "", -1)));
        return files;
    }

    private static NavigableMap<Long, Wanted> wantedIn(Map<String, NavigableMap<Long, Wanted>> files, String file) {
        return files.computeIfAbsent(file, f -> new TreeMap<>());
    }

    private void copyFile(String name, NavigableMap<Long, Wanted> wanted) throws IOException {
        Path path = root.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new IOException("WARC file not found: " + name + " (" + path + ")");
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            for (Map.Entry<Long, Wanted> entry : wanted.entrySet()) {
                long offset = entry.getKey();
                Wanted want = entry.getValue();
                try {
                    copyRecord(path, channel, offset, want, wanted);
                } catch (IOException e) {
                    throw new IOException("cannot bundle the " + want.type() + " record at offset " + offset
                            + " of WARC file " + name + (want.url().isEmpty() ? "" : " (" + want.url() + ")")
                            + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** Copies one wanted record, and the metadata record that goes with a capture. */
    private void copyRecord(Path path, FileChannel channel, long offset, Wanted want, NavigableMap<Long, Wanted> wanted)
            throws IOException {
        long length = GzipMember.length(channel, offset);
        if (want.length() >= 0 && length != want.length()) {
            throw new IOException("the page index gives it " + want.length() + " bytes, but the gzip member there"
                    + " has " + length);
        }
        RecordHeader header = RecordHeader.read(path, offset, out.count(), length);
        if (want.role() == Role.WARCINFO && !header.type().equals("warcinfo")) {
            return; // not a file the crawler wrote; the warcinfo record is a courtesy, not evidence
        }
        if (!header.type().equals(want.type())) {
            throw new IOException("it is a " + header.type() + " record");
        }
        if (!header.target().equals(want.url())) {
            throw new IOException("its WARC-Target-URI is " + header.target());
        }
        copyBytes(channel, offset, length);
        if (!header.cdxj().isEmpty()) {
            cdxj.add(header.cdxj());
        }
        if (want.role() == Role.CAPTURE) {
            capturedAt.put(want.url(), header.date());
            long next = offset + length;
            if (!wanted.containsKey(next)) {
                copyConcurrentMetadata(path, channel, next, header);
            }
        }
    }

    /** Copies the metadata record at {@code offset} if it belongs to {@code capture}. */
    private void copyConcurrentMetadata(Path path, FileChannel channel, long offset, RecordHeader capture)
            throws IOException {
        if (offset >= channel.size()) {
            return;
        }
        long length;
        RecordHeader header;
        try {
            length = GzipMember.length(channel, offset);
            header = RecordHeader.read(path, offset, out.count(), length);
        } catch (IOException cutOff) {
            return; // the crawl stopped between the capture and its metadata: the capture is whole without it
        }
        if (header.type().equals("metadata") && header.concurrentTo().contains(capture.id())) {
            copyBytes(channel, offset, length);
        }
    }

    private void copyBytes(FileChannel channel, long offset, long length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(CHUNK, length));
        long position = offset;
        long end = offset + length;
        while (position < end) {
            buffer.clear();
            buffer.limit((int) Math.min(buffer.capacity(), end - position));
            int n = channel.read(buffer, position);
            if (n < 0) {
                throw new IOException("the file ended while the record was being copied");
            }
            out.write(buffer.array(), 0, n);
            position += n;
        }
        records++;
    }
}
