package se.webbgranskning.crawl.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.scope.ScopeRules;
import se.webbgranskning.crawl.scope.SiteUrlNormalizer;
import se.webbgranskning.crawl.warc.WarcLocation;

/**
 * Rebuilds the page index from a round's WARC files, which are the evidence of record: every capture is a
 * response or revisit record followed by its request and metadata records, and a URL without a response is a
 * metadata record alone. A record cut off at the end of a file (the process died while writing it) is reported
 * and not indexed.
 */
public final class WarcReindex {

    private final Path warcRoot;
    private final PageIndex index;
    private final WarcCaptures captures;

    public WarcReindex(Path warcRoot, PageIndex index, ScopeRules rules) {
        this.warcRoot = warcRoot;
        this.index = index;
        this.captures = new WarcCaptures(warcRoot, index, new DocumentReader(se.webbgranskning.crawl.text.PdfLimits.defaults()),
                new SiteUrlNormalizer(rules.removeQueryParameters()));
    }

    /** What a rebuild found: rows written, and problems such as truncated records, each with file and offset. */
    public record Result(int rows, List<String> problems) {
    }

    /** Replaces a round's page rows with what its WARC files hold. */
    public Result rebuild(String roundId) throws IOException {
        index.clearPages(roundId);
        Result result = indexFiles(roundId, files(roundId, Optional.empty()));
        index.sites(roundId).forEach(site -> {
            SiteCompletion.complete(index, roundId, site.kommunkod(), site.startUrl());
        });
        return result;
    }

    /** Indexes a municipality's records that the index lacks: what a crawl wrote just before it was killed. */
    Result reconcile(String roundId, String code) throws IOException {
        return indexFiles(roundId, files(roundId, Optional.of(code)));
    }

    private Result indexFiles(String roundId, List<Path> files) throws IOException {
        int rows = 0;
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String relative = roundId + "/" + file.getFileName();
            String code = file.getFileName().toString().split("-", 2)[0];
            for (WarcCaptures.Capture capture : read(file, relative, problems)) {
                if (!index.contains(roundId, capture.kommunkod(code), capture.url())) {
                    captures.index(roundId, code, capture);
                    rows++;
                }
            }
        }
        return new Result(rows, problems);
    }

    /** The captures of one file in order; stops at the first record that cannot be read whole. */
    private List<WarcCaptures.Capture> read(Path file, String relative, List<String> problems) throws IOException {
        Map<String, WarcCaptures.Capture> byResponseId = new LinkedHashMap<>();
        List<WarcCaptures.Capture> result = new ArrayList<>();
        long size = Files.size(file);
        List<Long> starts = new ArrayList<>();
        long end = size;
        try (FileChannel channel = FileChannel.open(file); WarcReader reader = new WarcReader(channel)) {
            long start = 0;
            while (true) {
                Optional<WarcRecord> next;
                byte[] block;
                try {
                    next = reader.next();
                    if (next.isEmpty()) {
                        break;
                    }
                    start = reader.position();
                    block = next.get().body().stream().readAllBytes();
                } catch (IOException | RuntimeException e) {
                    long at = starts.isEmpty() ? 0 : reader.position();
                    problems.add(relative + ": ofullständig eller skadad post vid byte " + at
                            + " (" + e.getMessage() + "); den och allt efter den indexeras inte");
                    if (!starts.isEmpty() && starts.get(starts.size() - 1) == at) {
                        starts.remove(starts.size() - 1);
                        result.removeIf(c -> c.location().offset() == at);
                    }
                    end = at;
                    break;
                }
                starts.add(start);
                WarcRecord record = next.get();
                WarcLocation location = new WarcLocation(relative, start, -1);
                if (record instanceof WarcResponse || record instanceof WarcRevisit) {
                    WarcCaptures.Capture capture = new WarcCaptures.Capture(record, block, location);
                    byResponseId.put(record.id().toString(), capture);
                    result.add(capture);
                } else if (record instanceof WarcMetadata metadata) {
                    List<java.net.URI> concurrent = metadata.concurrentTo();
                    WarcCaptures.Capture owner = concurrent.isEmpty() ? null
                            : byResponseId.get(concurrent.get(0).toString());
                    if (owner != null) {
                        owner.attach(metadata, block);
                    } else {
                        result.add(WarcCaptures.Capture.failureOnly(metadata, block, location));
                    }
                }
            }
        }
        for (WarcCaptures.Capture capture : result) {
            capture.setLength(lengthAt(starts, capture.location().offset(), end));
        }
        return result;
    }

    /** Gzip members lie back to back: a record ends where the next begins, the last where the readable part ends. */
    private static long lengthAt(List<Long> starts, long offset, long end) {
        int i = starts.indexOf(offset);
        long next = i + 1 < starts.size() ? starts.get(i + 1) : end;
        return next - offset;
    }

    private List<Path> files(String roundId, Optional<String> code) throws IOException {
        Path dir = warcRoot.resolve(roundId);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".warc.gz"))
                    .filter(p -> code.isEmpty() || p.getFileName().toString().startsWith(code.get() + "-"))
                    .sorted().toList();
        }
    }

}
