package se.webbgranskning.crawl.wacz;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Lays out the zip of a bundle. The WARC file is STORED, not deflated: replay tools read single records out of it
 * by offset with range requests, which only works when its bytes lie in the zip as they are (WACZ 1.1.1, "Zip
 * Compression"). The small text files are deflated.
 */
final class WaczZip {

    /** A small file of the bundle, held in memory. */
    record TextFile(String path, byte[] bytes) {
    }

    private WaczZip() {
    }

    /**
     * @param warc      the bundle's WARC file, already written
     * @param warcBytes its size and {@code warcCrc} its CRC-32: a STORED entry must declare both before its data
     * @param time      the modification time every entry gets, so equal bundles are equal zips
     */
    static void write(OutputStream out, String warcPath, Path warc, long warcBytes, long warcCrc,
                      List<TextFile> files, Instant time) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry archive = new ZipEntry(warcPath);
            archive.setMethod(ZipEntry.STORED);
            archive.setSize(warcBytes);
            archive.setCompressedSize(warcBytes);
            archive.setCrc(warcCrc);
            archive.setTime(time.toEpochMilli());
            zip.putNextEntry(archive);
            try (InputStream in = Files.newInputStream(warc)) {
                in.transferTo(zip);
            }
            zip.closeEntry();
            for (TextFile file : files) {
                ZipEntry entry = new ZipEntry(file.path());
                entry.setMethod(ZipEntry.DEFLATED);
                entry.setTime(time.toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(file.bytes());
                zip.closeEntry();
            }
        }
    }
}
