package se.webbgranskning.crawl.wacz;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * Passes bytes on while counting them and computing their SHA-256 and CRC-32: the size and hash that
 * datapackage.json lists, and the CRC that a STORED zip entry must declare before its data.
 */
final class MeasuredOutput extends FilterOutputStream {

    private final MessageDigest sha256;
    private final CRC32 crc = new CRC32();
    private long count;

    MeasuredOutput(OutputStream out) {
        super(out);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        sha256.update((byte) b);
        crc.update(b);
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        // FilterOutputStream would pass the array on byte by byte
        out.write(bytes, offset, length);
        sha256.update(bytes, offset, length);
        crc.update(bytes, offset, length);
        count += length;
    }

    /** Bytes written so far: the offset the next byte will have. */
    long count() {
        return count;
    }

    long crc32() {
        return crc.getValue();
    }

    /** The SHA-256 of everything written, in lower-case hex; call once, when writing is done. */
    String sha256Hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
