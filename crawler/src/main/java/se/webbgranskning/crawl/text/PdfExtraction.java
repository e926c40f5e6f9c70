package se.webbgranskning.crawl.text;

/** The outcome of reading a PDF: its text, or why there is none. */
public sealed interface PdfExtraction {

    /**
     * @param text         normalised text of the pages read, one line per text line
     * @param pages        number of pages in the document (not only those read)
     * @param title        the title from the document information, "" if none
     * @param pagesLimited true if the document has more pages than {@link PdfLimits#maxPages()} and only the
     *                     first ones were read
     */
    record Extracted(String text, int pages, String title, boolean pagesLimited) implements PdfExtraction {
    }

    /**
     * @param kind   what went wrong
     * @param reason a short Swedish sentence a reviewer can read; never a stack trace
     */
    record Failed(PdfFailure kind, String reason) implements PdfExtraction {
    }
}
