package se.webbgranskning.crawl.warc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a new WARC file's bytes go. Normally a new file on disk; tests put a full disk or a refused file in
 * between, to show that a crawl stops cleanly when its WARC file cannot be written.
 */
@FunctionalInterface
public interface WarcStorage {

    /** Opens a new file for writing; fails with {@link java.nio.file.FileAlreadyExistsException} if it exists. */
    WritableByteChannel createNew(Path file) throws IOException;

    /** New files on disk. */
    static WarcStorage files() {
        return file -> FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
