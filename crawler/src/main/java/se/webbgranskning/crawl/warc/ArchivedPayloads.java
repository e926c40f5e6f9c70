package se.webbgranskning.crawl.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the payload of one archived response back from the WARC files, by the location the page index keeps,
 * so that a stored page can be shown again exactly as it was captured.
 *
 * <p>Locations come from the database, so they are checked: a file name must stay inside the WARC root (anything
 * else is a programming or data error and throws {@link IllegalArgumentException}), and a location that does not
 * lead to a whole response record throws {@link IOException} with the file and offset in the message. Bodies are
 * capped so that a damaged length field or a decompression bomb cannot exhaust memory.
 *
 * <p>A revisit record has no payload of its own: callers pass the location of the response it refers to (the
 * page index stores both).
 */
public final class ArchivedPayloads {

    /** Far above any page the crawler keeps, low enough that a few concurrent reads cannot exhaust the heap. */
    public static final int DEFAULT_MAX_BODY_BYTES = 50 * 1024 * 1024;

    private final WarcRoot root;
    private final int maxBodyBytes;

    public ArchivedPayloads(Path warcRoot) {
        this(warcRoot, DEFAULT_MAX_BODY_BYTES);
    }

    /** @param maxBodyBytes the largest body returned; a larger one is refused with an IOException */
    public ArchivedPayloads(Path warcRoot, int maxBodyBytes) {
        // readNBytes(max + 1) is how an oversize body is noticed, so max + 1 must still fit an array
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBodyBytes out of range: " + maxBodyBytes);
        }
        this.root = new WarcRoot(warcRoot);
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Reads the response record at a location.
     *
     * @throws IllegalArgumentException if the location's file is absolute or leaves the WARC root
     * @throws IOException              if the file is missing, the offset does not start a response record, the
     *                                  record is cut off or damaged, or its body is larger than the cap
     */
    public ArchivedPayload read(WarcLocation location) throws IOException {
        Path file = root.resolve(location.file());
        try {
            return readAt(file, location.offset());
        } catch (IOException | RuntimeException e) {
            // jwarc reports damage as various IOExceptions and, for some malformed headers, runtime exceptions;
            // callers only need to know that this location cannot be shown, and where to look
            throw new IOException("cannot read archived response " + location.file() + " at offset "
                    + location.offset() + ": " + reason(e), e);
        }
    }

    private ArchivedPayload readAt(Path file, long offset) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("WARC file not found");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (offset < 0 || offset >= channel.size()) {
                throw new IOException("offset outside the file (size " + channel.size() + ")");
            }
            channel.position(offset);
            // next() reads only this record's header; the body is read lazily, so nothing after it is touched
            try (WarcReader reader = new WarcReader(channel)) {
                WarcRecord record = reader.next()
                        .orElseThrow(() -> new IOException("no record at this offset"));
                if (!(record instanceof WarcResponse response)) {
                    throw new IOException("not a response record but " + record.type());
                }
                HttpResponse http = response.http();
                byte[] body = readCapped(payloadOf(http));
                String contentType = http.headers().first("Content-Type").orElse("");
                return new ArchivedPayload(response.target(), http.status(), contentType, body, response.date());
            }
        }
    }

    /**
     * The body without content coding. The crawler asks for none, but a server may send gzip anyway and the
     * capture keeps it as received (see {@link CaptureRecords#HTTP_CAPTURE_NOTE}); codings that need libraries we
     * do not ship (br, zstd) are refused rather than handed on as bytes no one can read.
     */
    private MessageBody payloadOf(HttpResponse http) throws IOException {
        List<String> codings = http.headers().all("Content-Encoding");
        if (codings.isEmpty()) {
            return http.body();
        }
        String coding = codings.size() == 1 ? codings.get(0).strip().toLowerCase(Locale.ROOT) : codings.toString();
        return switch (coding) {
            case "identity", "none", "" -> http.body();
            case "gzip", "x-gzip", "deflate" -> http.bodyDecoded();
            default -> throw new IOException("content coding not supported: " + coding);
        };
    }

    private byte[] readCapped(MessageBody body) throws IOException {
        long declared = body.size();
        if (declared > maxBodyBytes) {
            throw new IOException(tooLarge());
        }
        // The declared size is absent for decoded bodies, so the read itself is capped too; readNBytes grows its
        // buffer as data arrives, so memory follows the real size, not the cap
        try (InputStream in = body.stream()) {
            byte[] bytes = in.readNBytes(maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) {
                throw new IOException(tooLarge());
            }
            return bytes;
        }
    }

    private String tooLarge() {
        return "body larger than the limit of " + maxBodyBytes + " bytes";
    }

    private static String reason(Exception e) {
        if (e instanceof EOFException) {
            return "record is truncated" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
