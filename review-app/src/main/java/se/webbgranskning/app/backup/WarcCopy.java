package se.webbgranskning.app.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import se.webbgranskning.crawl.warc.GzipMember;

/**
 * Copies a WARC file that a crawl may still be appending to. WARC files are append-only, so the first
 * {@code size} bytes of a file never change once written: copying that prefix needs no lock. The size is measured
 * after the database snapshot began, so it covers every record the snapshot's page index points at (the crawler
 * writes a record before it stores the row that points at it). The prefix may end inside a record still being
 * written; the copy is cut back to the end of the last complete gzip member (each record is one member), found by
 * walking the members that follow the last indexed record, so that a restored file never ends in a torn record.
 */
final class WarcCopy {

    private static final String COMPRESSED_WARC = ".warc.gz";

    private WarcCopy() {
    }

    /**
     * @param size        the file's size measured after the snapshot began
     * @param indexedEnd  where the last record the snapshot's page index points at ends (0 if none)
     * @return the number of bytes in the copy
     */
    static long copy(Path source, Path target, long size, long indexedEnd) throws IOException {
        if (indexedEnd > size) {
            throw new IOException("filen är " + size + " byte men sidindexet pekar på en post som slutar vid "
                    + indexedEnd + " (kör 'webbgranskning verify')");
        }
        Files.createDirectories(target.getParent());
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        StandardOpenOption.READ)) {
            long copied = 0;
            while (copied < size) {
                long moved = in.transferTo(copied, size - copied, out);
                if (moved <= 0) {
                    throw new IOException("filen blev kortare under kopieringen, efter " + copied + " byte");
                }
                copied += moved;
            }
            if (!source.getFileName().toString().endsWith(COMPRESSED_WARC)) {
                return size;
            }
            long end = endOfWholeMembers(out, indexedEnd, size);
            out.truncate(end);
            out.force(true);
            return end;
        }
    }

    private static long endOfWholeMembers(FileChannel channel, long from, long size) {
        long position = from;
        while (position < size) {
            try {
                position += GzipMember.length(channel, position);
            } catch (IOException e) {
                // a record still being written when the size was measured: it belongs to a later state
                return position;
            }
        }
        return position;
    }
}
