package se.webbgranskning.crawl.wacz;

import java.nio.file.Path;
import java.util.List;

/**
 * A written bundle: where it is, its size and SHA-256 (to record beside a published result), and what it holds.
 *
 * @param files          every file inside, as datapackage.json lists it, then datapackage.json and its digest file
 * @param records        WARC records in {@code archive/data.warc.gz}
 * @param indexedRecords lines of {@code indexes/index.cdxj}: the response and revisit records
 * @param pages          lines of {@code pages/pages.jsonl} after its header
 */
public record WaczSummary(Path file, long bytes, String sha256, List<BundledFile> files, int records,
                          int indexedRecords, int pages) {

    public WaczSummary {
        files = List.copyOf(files);
    }
}
