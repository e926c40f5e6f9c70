package se.webbgranskning.bench.precheck;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.index.PageRow;
import se.webbgranskning.crawl.text.HtmlExtractor;
import se.webbgranskning.crawl.text.HtmlPage;
import se.webbgranskning.crawl.text.PageLink;
import se.webbgranskning.crawl.text.PdfExtraction;
import se.webbgranskning.crawl.text.PdfExtractor;
import se.webbgranskning.crawl.text.PdfLimits;

/**
 * Writes a synthetic crawl round into a page index, as a crawl of {@link SyntheticSite}s would have left it: the
 * documents' text and links go through the crawler's own extraction (jsoup for HTML, PDFBox for PDF, as the
 * crawler's DocumentReader does) and are stored with {@link PageIndex#add}, the crawler's own index write. Nothing
 * is fetched and no WARC files are written: crawling tens of thousands of pages would make the benchmark take far
 * longer than what it measures. Municipalities are built on all cores.
 */
final class SyntheticRound {

    /** What was written: the round, its municipalities' codes and the documents stored. */
    record Built(String roundId, List<String> codes, long documents, long pdfs) {
    }

    private final PageIndex index;
    private final LocalDate snapshotDay;

    SyntheticRound(PageIndex index, LocalDate snapshotDay) {
        this.index = index;
        this.snapshotDay = snapshotDay;
    }

    Built build(int municipalities, int pagesPerSite, int threads) throws Exception {
        OffsetDateTime started = snapshotDay.atTime(6, 0).atOffset(ZoneOffset.UTC);
        String roundId = index.newRoundId(snapshotDay, started, "{\"synthetic\":true}");
        List<Municipality> all = new ArrayList<>();
        for (int i = 0; i < municipalities; i++) {
            Municipality m = Municipality.of(i, snapshotDay);
            all.add(m);
            index.addSite(roundId, m.code(), m.name(), m.startUrl());
        }
        AtomicLong documents = new AtomicLong();
        AtomicLong pdfs = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Municipality m : all) {
                done.add(pool.submit(() -> {
                    Extraction extraction = EXTRACTION.get();
                    for (SyntheticSite.Document document : new SyntheticSite(m).documents(pagesPerSite)) {
                        write(roundId, m, document, started, extraction);
                        documents.incrementAndGet();
                        pdfs.addAndGet(document.isPdf() ? 1 : 0);
                    }
                    index.finishSite(roundId, m.code(), "done", started.plusMinutes(5), 300, "", null);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        index.finishRound(roundId, started.plusMinutes(30));
        return new Built(roundId, all.stream().map(Municipality::code).toList(), documents.get(), pdfs.get());
    }

    /** The crawler's extractors, one of each per thread. */
    private record Extraction(HtmlExtractor html, PdfExtractor pdf) {
    }

    private static final ThreadLocal<Extraction> EXTRACTION = ThreadLocal.withInitial(
            () -> new Extraction(new HtmlExtractor(), new PdfExtractor(PdfLimits.defaults())));

    private void write(String roundId, Municipality m, SyntheticSite.Document document, OffsetDateTime fetched,
                       Extraction extraction) {
        String title;
        String text;
        Optional<LocalDate> lastUpdated = Optional.empty();
        List<String> linkUrls = List.of();
        List<String> linkTexts = List.of();
        String charset = null;
        if (document.isPdf()) {
            PdfExtraction read = extraction.pdf().extract(document.body());
            if (!(read instanceof PdfExtraction.Extracted extracted)) {
                throw new IllegalStateException("the synthetic PDF " + document.url() + " could not be read: " + read);
            }
            title = extracted.title();
            text = extracted.text();
        } else {
            HtmlPage page = extraction.html().extract(document.body(), Optional.of(document.contentType()),
                    URI.create(document.url()));
            title = page.title();
            text = page.mainText();
            lastUpdated = page.lastUpdated();
            linkUrls = page.links().stream().map(link -> link.url().toString()).toList();
            linkTexts = page.links().stream().map(PageLink::text).toList();
            charset = page.charset();
        }
        PageRow row = new PageRow(roundId, m.code(), PageIndex.urlKey(document.url()), document.url(),
                PageRow.PURPOSE_PAGE, document.url(), null, 200, document.contentType(), charset, fetched,
                document.clickDepth(), document.clickDepth(), null, null, PageIndex.sha256Hex(document.body()),
                (long) document.body().length, "response", null, null, null, null, null, null, null,
                title.length() <= 1000 ? title : title.substring(0, 1000), text, lastUpdated.orElse(null), false,
                null, null);
        index.add(row, linkUrls, linkTexts);
    }
}
