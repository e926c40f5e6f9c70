package se.webbgranskning.crawl.wacz;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.webbgranskning.crawl.index.ArchivedCapture;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.warc.WarcRoot;

/**
 * Writes an evidence bundle: a WACZ file (Web Archive Collection Zipped 1.1.1) holding the WARC records of one
 * municipality's snapshot, so that anyone can open what the reviewer saw in ReplayWeb.page without this
 * application. It holds {@code archive/data.warc.gz} (see {@link ArchiveCopier} for which records),
 * {@code indexes/index.cdxj}, {@code pages/pages.jsonl}, {@code datapackage.json} and
 * {@code datapackage-digest.json}.
 *
 * <p>The file appears whole or not at all: everything is written to temporary files beside the target, and the
 * finished zip is moved onto the target in one step. On any error the temporary files are removed and an
 * existing target is left as it was.
 */
public final class WaczWriter {

    static final String ARCHIVE = "archive/" + RecordHeader.BUNDLED_WARC;
    static final String INDEX = "indexes/index.cdxj";
    static final String PAGES = "pages/pages.jsonl";

    private final WarcRoot warcRoot;
    private final Clock clock;

    /**
     * @param warcRoot the directory that the page index's WARC file names are relative to ({@code <data>/warc})
     * @param clock    gives the bundle's creation time
     */
    public WaczWriter(Path warcRoot, Clock clock) {
        this.warcRoot = new WarcRoot(warcRoot);
        this.clock = clock;
    }

    /**
     * Writes the bundle to {@code target} (conventionally named {@code *.wacz}), replacing any file there.
     *
     * @throws IllegalArgumentException if a listed page is not a response or revisit among the captures, or a
     *                                  capture's file name leaves the WARC root
     * @throws IOException              if a WARC file is missing, a record is cut off, damaged or not what the
     *                                  page index says (the message names the file and offset), or writing fails
     */
    public WaczSummary write(WaczContents contents, Path target) throws IOException {
        checkPagesAreCaptured(contents);
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        // Beside the target, so the final move is a rename within one file system
        String partName = "." + absolute.getFileName() + "." + UUID.randomUUID();
        Path warcPart = directory.resolve(partName + ".warc.gz.part");
        Path zipPart = directory.resolve(partName + ".part");
        try {
            WaczSummary written = writeParts(contents, warcPart, zipPart, absolute);
            // On disk before the rename, so a crash right after it cannot leave an empty file under the name
            try (FileChannel zip = FileChannel.open(zipPart, StandardOpenOption.WRITE)) {
                zip.force(true);
            }
            Files.move(zipPart, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return written;
        } finally {
            Files.deleteIfExists(warcPart);
            Files.deleteIfExists(zipPart);
        }
    }

    private WaczSummary writeParts(WaczContents contents, Path warcPart, Path zipPart, Path target)
            throws IOException {
        Instant created = clock.instant();
        ArchiveCopier.Copied copied;
        BundledFile warc;
        long warcCrc;
        try (MeasuredOutput out = new MeasuredOutput(new BufferedOutputStream(Files.newOutputStream(warcPart)))) {
            copied = new ArchiveCopier(warcRoot, out).copy(contents.captures());
            out.flush();
            warc = new BundledFile(ARCHIVE, out.count(), out.sha256Hex());
            warcCrc = out.crc32();
        }
        List<PagesJsonl.Page> pages = contents.pages().stream()
                .map(p -> new PagesJsonl.Page(p.url(), copied.capturedAt().get(p.url()), p.title())).toList();
        byte[] index = CdxjIndex.bytes(copied.cdxjLines());
        byte[] pageLines = PagesJsonl.bytes(contents.title(), pages);
        List<BundledFile> resources = List.of(warc, described(INDEX, index), described(PAGES, pageLines));
        byte[] manifest = DataPackage.json(contents, created, pages, resources);
        byte[] digest = DataPackage.digest(manifest);
        List<WaczZip.TextFile> texts = List.of(new WaczZip.TextFile(INDEX, index),
                new WaczZip.TextFile(PAGES, pageLines), new WaczZip.TextFile(DataPackage.FILE, manifest),
                new WaczZip.TextFile(DataPackage.DIGEST_FILE, digest));
        long zipBytes;
        String zipSha256;
        try (MeasuredOutput out = new MeasuredOutput(new BufferedOutputStream(Files.newOutputStream(zipPart)))) {
            // Closes the stream; what it measured stays readable
            WaczZip.write(out, ARCHIVE, warcPart, warc.bytes(), warcCrc, texts, created);
            zipBytes = out.count();
            zipSha256 = out.sha256Hex();
        }
        List<BundledFile> files = new ArrayList<>(resources);
        files.add(described(DataPackage.FILE, manifest));
        files.add(described(DataPackage.DIGEST_FILE, digest));
        return new WaczSummary(target, zipBytes, zipSha256, files, copied.records(), copied.cdxjLines().size(),
                pages.size());
    }

    /** Fails before any file is touched when a listed page would have no capture to open. */
    private static void checkPagesAreCaptured(WaczContents contents) {
        Set<String> captured = contents.captures().stream().filter(ArchivedCapture::isCapture)
                .map(ArchivedCapture::url).collect(Collectors.toSet());
        for (ListedPage page : contents.pages()) {
            if (!captured.contains(page.url())) {
                throw new IllegalArgumentException("listed page is not a response or revisit of the bundled"
                        + " snapshot: " + page.url());
            }
        }
    }

    private static BundledFile described(String path, byte[] bytes) {
        return new BundledFile(path, bytes.length, PageIndex.sha256Hex(bytes));
    }
}
