package se.webbgranskning.crawl.run;

import java.util.Optional;
import se.webbgranskning.crawl.fetch.Exchange;
import se.webbgranskning.crawl.text.HtmlExtractor;
import se.webbgranskning.crawl.text.HtmlPage;
import se.webbgranskning.crawl.text.PdfExtraction;
import se.webbgranskning.crawl.text.PdfExtractor;
import se.webbgranskning.crawl.text.PdfLimits;

/** Reads the text and links of a fetched document: HTML with jsoup, PDF with PDFBox, anything else not at all. */
final class DocumentReader {

    private final HtmlExtractor html = new HtmlExtractor();
    private final PdfExtractor pdf;

    DocumentReader(PdfLimits pdfLimits) {
        this.pdf = new PdfExtractor(pdfLimits);
    }

    ReadDocument read(Exchange exchange) {
        if (exchange.status() < 200 || exchange.status() > 299 || exchange.body().length == 0) {
            return ReadDocument.nothing();
        }
        String type = exchange.mediaType();
        if (isPdf(type, exchange)) {
            return readPdf(exchange);
        }
        if (type.isEmpty() || type.contains("html")) {
            HtmlPage page = html.extract(exchange.body(), exchange.header("Content-Type"), exchange.url());
            return new ReadDocument(page.title(), page.mainText(), Optional.of(page.charset()),
                    page.links().stream().map(l -> new ReadDocument.Link(l.url(), l.text())).toList(),
                    page.noindex(), page.lastUpdated(), Optional.empty());
        }
        return ReadDocument.nothing();
    }

    static boolean isPdf(String mediaType, Exchange exchange) {
        return mediaType.equals("application/pdf")
                || (mediaType.equals("application/octet-stream") && exchange.url().getPath() != null
                && exchange.url().getPath().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf"));
    }

    private ReadDocument readPdf(Exchange exchange) {
        PdfExtraction extraction = pdf.extract(exchange.body());
        if (extraction instanceof PdfExtraction.Extracted text) {
            return new ReadDocument(text.title(), text.text(), Optional.empty(), java.util.List.of(), false,
                    Optional.empty(), Optional.empty());
        }
        PdfExtraction.Failed failed = (PdfExtraction.Failed) extraction;
        return ReadDocument.unreadable(failed.reason());
    }
}
