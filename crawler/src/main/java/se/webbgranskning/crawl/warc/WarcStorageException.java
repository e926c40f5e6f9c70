package se.webbgranskning.crawl.warc;

import java.io.IOException;

/**
 * A WARC file could not be created or written (a full disk, a file the process may not write). The file holds
 * only whole records afterwards, and nothing more is written to it.
 */
public final class WarcStorageException extends IOException {

    WarcStorageException(String message, IOException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
