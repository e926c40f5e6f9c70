package se.webbgranskning.crawl.wacz;

/** A file inside a WACZ, as datapackage.json lists it: its path in the zip, size and SHA-256 (lower-case hex). */
public record BundledFile(String path, long bytes, String sha256) {

    /** The file name without its folder: datapackage.json's {@code name}. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
