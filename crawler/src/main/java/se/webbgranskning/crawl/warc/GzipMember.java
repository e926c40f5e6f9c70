package se.webbgranskning.crawl.warc;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds where one gzip member (RFC 1952) that starts at an offset ends, and checks it whole: header, deflate data,
 * CRC-32 and length in the trailer. The crawler writes every WARC record as its own member, so copying a member's
 * bytes verbatim copies exactly one record with its digests intact; this check makes sure that a location really
 * is such a member before it goes into an evidence bundle, and {@code verify} uses it to find damaged records.
 *
 * <p>Reads with positional reads only, so the channel's own position is left alone.
 */
public final class GzipMember {

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;
    private static final int CHUNK = 64 * 1024;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
    /** File position of {@code buffer}'s first byte. */
    private long bufferStart;

    private GzipMember(FileChannel channel, long offset) {
        this.channel = channel;
        this.bufferStart = offset;
        buffer.limit(0);
    }

    /**
     * The byte length of the complete gzip member that starts at {@code offset}.
     *
     * @throws IOException if no gzip member starts there, or it is cut off by the end of the file, or its data or
     *                     trailer is damaged; the message says which
     */
    public static long length(FileChannel channel, long offset) throws IOException {
        if (offset < 0 || offset >= channel.size()) {
            throw new IOException("offset " + offset + " is outside the file (size " + channel.size() + ")");
        }
        return new GzipMember(channel, offset).measure(offset);
    }

    private long measure(long offset) throws IOException {
        skipHeader();
        CRC32 crc = new CRC32();
        long inflatedBytes = inflate(crc);
        long crcInTrailer = readIntLittleEndian();
        long sizeInTrailer = readIntLittleEndian();
        if (crcInTrailer != crc.getValue()) {
            throw new IOException("gzip member's CRC-32 does not match its data");
        }
        if (sizeInTrailer != (inflatedBytes & 0xFFFF_FFFFL)) {
            throw new IOException("gzip member's length field does not match its data");
        }
        return position() - offset;
    }

    private void skipHeader() throws IOException {
        if (readByte() != 0x1f || readByte() != 0x8b) {
            throw new IOException("no gzip member starts here");
        }
        if (readByte() != 8) {
            throw new IOException("gzip member uses an unknown compression method");
        }
        int flags = readByte();
        skip(6); // modification time, extra flags, operating system
        if ((flags & FEXTRA) != 0) {
            skip(readByte() | (readByte() << 8));
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
    }

    /** Inflates the deflate data, keeping only its CRC and length; leaves the position just after it. */
    private long inflate(CRC32 crc) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            byte[] out = new byte[CHUNK];
            long total = 0;
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    if (!buffer.hasRemaining() && !fill()) {
                        throw new EOFException("gzip member is cut off by the end of the file");
                    }
                    inflater.setInput(buffer.array(), buffer.position(), buffer.remaining());
                    buffer.position(buffer.limit());
                }
                int n = inflater.inflate(out);
                if (n == 0 && inflater.needsDictionary()) {
                    throw new IOException("gzip member needs a preset dictionary, which gzip does not allow");
                }
                crc.update(out, 0, n);
                total += n;
            }
            // The inflater was handed the whole rest of the buffer: give back what it did not use (the trailer)
            buffer.position(buffer.limit() - inflater.getRemaining());
            return total;
        } catch (DataFormatException e) {
            throw new IOException("gzip member's data is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    private long readIntLittleEndian() throws IOException {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value |= (long) readByte() << (8 * i);
        }
        return value;
    }

    private void skipZeroTerminated() throws IOException {
        while (readByte() != 0) {
            // skip the name or comment
        }
    }

    private void skip(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            readByte();
        }
    }

    private int readByte() throws IOException {
        if (!buffer.hasRemaining() && !fill()) {
            throw new EOFException("gzip member is cut off by the end of the file");
        }
        return buffer.get() & 0xff;
    }

    /** Loads the next chunk after the current buffer; false at the end of the file. */
    private boolean fill() throws IOException {
        bufferStart += buffer.limit();
        buffer.clear();
        int n = channel.read(buffer, bufferStart);
        buffer.flip();
        return n > 0;
    }

    private long position() {
        return bufferStart + buffer.position();
    }
}
