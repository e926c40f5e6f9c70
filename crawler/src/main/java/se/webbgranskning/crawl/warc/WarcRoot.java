package se.webbgranskning.crawl.warc;

import java.nio.file.Path;

/**
 * The directory that the page index's WARC file names are relative to. Names come from the database, so they are
 * checked: a name that is absolute or climbs out of the root is a data or programming error. The lexical check is
 * enough: links inside the WARC root would be our own doing, not input.
 */
public final class WarcRoot {

    private final Path root;

    public WarcRoot(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** @throws IllegalArgumentException if the name is blank, absolute or leaves the root */
    public Path resolve(String relative) {
        Path path = Path.of(relative);
        if (relative.isBlank() || path.isAbsolute() || path.getRoot() != null) {
            throw new IllegalArgumentException("WARC file name must be relative to the WARC root: " + relative);
        }
        for (Path part : path) {
            if (part.toString().equals("..")) {
                throw new IllegalArgumentException("WARC file name must not contain '..': " + relative);
            }
        }
        Path resolved = root.resolve(path).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IllegalArgumentException("WARC file name leaves the WARC root: " + relative);
        }
        return resolved;
    }
}
