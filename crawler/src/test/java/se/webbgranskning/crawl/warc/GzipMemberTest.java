package se.webbgranskning.crawl.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding where one gzip member ends, and refusing members that are cut off, damaged or not gzip at all. */
class GzipMemberTest {

    @TempDir
    Path dir;

    @Test
    void measuresEachOfConsecutiveMembers() throws IOException {
        byte[] first = gzip("WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        byte[] second = gzip(randomBytes(300_000)); // larger than one read chunk, hard to compress
        byte[] third = gzip(new byte[0]);

        Path file = write(concat(first, second, third));

        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(GzipMember.length(channel, 0)).isEqualTo(first.length);
            assertThat(GzipMember.length(channel, first.length)).isEqualTo(second.length);
            assertThat(GzipMember.length(channel, first.length + second.length)).isEqualTo(third.length);
        }
    }

    @Test
    void skipsTheOptionalHeaderFields() throws IOException {
        byte[] member = memberWithAllHeaderFields("a record".getBytes(StandardCharsets.UTF_8));
        byte[] next = gzip("the next record".getBytes(StandardCharsets.UTF_8));

        try (FileChannel channel = FileChannel.open(write(concat(member, next)))) {
            assertThat(GzipMember.length(channel, 0)).isEqualTo(member.length);
        }
    }

    @Test
    void aMemberCutOffByTheEndOfTheFileIsRefused() throws IOException {
        byte[] member = gzip(randomBytes(10_000));
        for (int cut : new int[] {member.length - 1, member.length - 8, member.length / 2, 5}) {
            try (FileChannel channel = FileChannel.open(write(Arrays.copyOf(member, cut)))) {
                assertThatThrownBy(() -> GzipMember.length(channel, 0)).as("cut at " + cut)
                        .isInstanceOf(EOFException.class).hasMessageContaining("cut off");
            }
        }
    }

    @Test
    void aWrongChecksumOrLengthInTheTrailerIsRefused() throws IOException {
        byte[] member = gzip("some text".getBytes(StandardCharsets.UTF_8));
        byte[] badCrc = member.clone();
        badCrc[member.length - 8] ^= 1;
        byte[] badSize = member.clone();
        badSize[member.length - 4] ^= 1;

        try (FileChannel channel = FileChannel.open(write(badCrc))) {
            assertThatThrownBy(() -> GzipMember.length(channel, 0)).hasMessageContaining("CRC-32");
        }
        try (FileChannel channel = FileChannel.open(write(badSize))) {
            assertThatThrownBy(() -> GzipMember.length(channel, 0)).hasMessageContaining("length field");
        }
    }

    @Test
    void damagedDataIsRefused() throws IOException {
        byte[] member = gzip(randomBytes(5_000));
        member[12] = (byte) 0xff; // the first deflate block header: 0b11 is a reserved block type

        try (FileChannel channel = FileChannel.open(write(member))) {
            assertThatThrownBy(() -> GzipMember.length(channel, 0)).hasMessageContaining("damaged");
        }
    }

    @Test
    void bytesThatAreNotGzipAreRefused() throws IOException {
        try (FileChannel channel = FileChannel.open(write("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII)))) {
            assertThatThrownBy(() -> GzipMember.length(channel, 0)).hasMessageContaining("no gzip member");
            assertThatThrownBy(() -> GzipMember.length(channel, 10)).hasMessageContaining("outside the file");
        }
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "member", ".gz"), bytes);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }

    /** A member with FEXTRA, FNAME, FCOMMENT and FHCRC set, as other gzip writers may produce. */
    private static byte[] memberWithAllHeaderFields(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 2 | 4 | 8 | 16, 0, 0, 0, 0, 0, (byte) 255});
        out.writeBytes(new byte[] {6, 0, 'L', 'X', 2, 0, 1, 2}); // XLEN 6: one subfield of two bytes
        out.writeBytes("record.warc\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes("a comment\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[] {0x12, 0x34}); // header CRC16, not checked by readers that skip it
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int n = deflater.deflate(buffer);
        deflater.end();
        out.write(buffer, 0, n);
        CRC32 crc = new CRC32();
        crc.update(data);
        writeIntLittleEndian(out, crc.getValue());
        writeIntLittleEndian(out, data.length);
        return out.toByteArray();
    }

    private static void writeIntLittleEndian(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Arrays.stream(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }
}
