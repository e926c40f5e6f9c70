package se.webbgranskning.crawl.warc;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * One WARC 1.1 file being written, gzip per record, starting with a warcinfo record. A file is never reopened:
 * a resumed crawl starts a new file, so a record half-written when a process died stays at the end of its file,
 * where readers detect it, and nothing is ever appended after it. A record that fails to be written while the
 * process lives (a full disk) is cut off again at once, and the file takes no more records.
 */
public final class WarcSink implements Closeable {

    private final String relativeName;
    private final Path file;
    private final WritableByteChannel channel;
    private final WarcWriter writer;
    private final java.net.URI warcinfoId;
    /** Set once a write failed: the writer's gzip state is then undefined, so nothing is written after it. */
    private WarcStorageException failure;

    private WarcSink(String relativeName, Path file, WritableByteChannel channel, WarcWriter writer,
                     java.net.URI warcinfoId) {
        this.relativeName = relativeName;
        this.file = file;
        this.channel = channel;
        this.writer = writer;
        this.warcinfoId = warcinfoId;
    }

    /**
     * Creates the next free file {@code <prefix>-NNN.warc.gz} in {@code root/<directory>} and writes its warcinfo.
     *
     * @param fields warcinfo fields (software, operator, format notes …), in order
     */
    public static WarcSink create(Path root, String directory, String prefix, Map<String, String> fields)
            throws IOException {
        return create(root, directory, prefix, fields, WarcStorage.files());
    }

    /** As {@link #create(Path, String, String, Map)}, with the file's bytes going where {@code storage} says. */
    public static WarcSink create(Path root, String directory, String prefix, Map<String, String> fields,
                                  WarcStorage storage) throws IOException {
        Path dir = root.resolve(directory);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WarcStorageException("WARC-katalogen " + dir + " kunde inte skapas", e);
        }
        for (int sequence = 1; sequence < 10_000; sequence++) {
            String name = String.format("%s-%03d.warc.gz", prefix, sequence);
            Path file = dir.resolve(name);
            WritableByteChannel channel;
            try {
                channel = storage.createNew(file);
            } catch (FileAlreadyExistsException taken) {
                continue;
            } catch (IOException e) {
                throw new WarcStorageException("WARC-filen " + file + " kunde inte skapas", e);
            }
            Map<String, List<String>> info = new LinkedHashMap<>();
            fields.forEach((k, v) -> info.put(k, List.of(v)));
            Warcinfo warcinfo = new Warcinfo.Builder().version(MessageVersion.WARC_1_1).filename(name)
                    .fields(info).build();
            try {
                WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP);
                writer.write(warcinfo);
                return new WarcSink(directory + "/" + name, file, channel, writer, warcinfo.id());
            } catch (IOException e) {
                // a file without its warcinfo is no WARC file: leave none behind
                channel.close();
                Files.deleteIfExists(file);
                throw new WarcStorageException("WARC-filen " + file + " kunde inte skrivas", e);
            }
        }
        throw new IOException("för många WARC-filer med prefixet " + prefix + " i " + dir);
    }

    /** The warcinfo record's id, which every record of this file refers to. */
    public java.net.URI warcinfoId() {
        return warcinfoId;
    }

    /** Writes one record as its own gzip member and says where it lies. */
    public synchronized WarcLocation write(WarcRecord record) throws IOException {
        return write(List.of(record)).get(0);
    }

    /**
     * Writes records that belong together (a response and its metadata), each its own gzip member, and says where
     * each lies. If any cannot be written, the file is cut back to where the first began, so that it ends with a
     * whole record, and this and every later write fails.
     */
    public synchronized List<WarcLocation> write(List<WarcRecord> records) throws IOException {
        if (failure != null) {
            throw failure;
        }
        long start = writer.position();
        List<WarcLocation> locations = new ArrayList<>();
        try {
            for (WarcRecord record : records) {
                long offset = writer.position();
                writer.write(record);
                locations.add(new WarcLocation(relativeName, offset, writer.position() - offset));
            }
            return locations;
        } catch (IOException e) {
            failure = new WarcStorageException("WARC-filen " + relativeName + " kunde inte skrivas", e);
            cutBackTo(start);
            throw failure;
        }
    }

    /** Removes a half-written record; truncating needs no free space, so this works on a full disk too. */
    private void cutBackTo(long end) {
        try (FileChannel truncating = FileChannel.open(file, StandardOpenOption.WRITE)) {
            truncating.truncate(end);
            truncating.force(true);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (failure != null) {
            // not the writer: closing its gzip stream would append the unfinished member's remains
            channel.close();
            return;
        }
        try {
            if (channel instanceof FileChannel fileChannel) {
                fileChannel.force(true);
            }
        } finally {
            writer.close();
        }
    }
}
