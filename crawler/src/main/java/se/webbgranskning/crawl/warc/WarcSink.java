package se.webbgranskning.crawl.warc;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * where readers detect it, and nothing is ever appended after it.
 */
public final class WarcSink implements Closeable {

    private final String relativeName;
    private final FileChannel channel;
    private final WarcWriter writer;
    private final java.net.URI warcinfoId;

    private WarcSink(String relativeName, FileChannel channel, WarcWriter writer, java.net.URI warcinfoId) {
        this.relativeName = relativeName;
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
        Path dir = root.resolve(directory);
        Files.createDirectories(dir);
        for (int sequence = 1; sequence < 10_000; sequence++) {
            String name = String.format("%s-%03d.warc.gz", prefix, sequence);
            Path file = dir.resolve(name);
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP);
            Map<String, List<String>> info = new LinkedHashMap<>();
            fields.forEach((k, v) -> info.put(k, List.of(v)));
            Warcinfo warcinfo = new Warcinfo.Builder().version(MessageVersion.WARC_1_1).filename(name)
                    .fields(info).build();
            writer.write(warcinfo);
            return new WarcSink(directory + "/" + name, channel, writer, warcinfo.id());
        }
        throw new IOException("för många WARC-filer med prefixet " + prefix + " i " + dir);
    }

    /** The warcinfo record's id, which every record of this file refers to. */
    public java.net.URI warcinfoId() {
        return warcinfoId;
    }

    /** Writes one record as its own gzip member and says where it lies. */
    public synchronized WarcLocation write(WarcRecord record) throws IOException {
        long offset = writer.position();
        writer.write(record);
        return new WarcLocation(relativeName, offset, writer.position() - offset);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            channel.force(true);
        } finally {
            writer.close();
        }
    }
}
