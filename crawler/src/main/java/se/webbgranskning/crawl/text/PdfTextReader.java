package se.webbgranskning.crawl.text;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Does the actual PDFBox work for {@link PdfExtractor}, on its worker thread. Throws freely; the extractor turns
 * every failure into a {@link PdfExtraction.Failed}.
 */
final class PdfTextReader {

    private static final long SCRATCH_MEMORY_BYTES = 16L * 1024 * 1024;

    private final PdfLimits limits;
    private final long deadlineNanos;

    PdfTextReader(PdfLimits limits, long deadlineNanos) {
        this.limits = limits;
        this.deadlineNanos = deadlineNanos;
    }

    PdfExtraction read(byte[] bytes) throws IOException {
        // Bounded scratch buffers: a little memory, then temporary files up to a cap, so that many PDFs read in
        // parallel cannot exhaust the heap through PDFBox's stream cache.
        var streamCache = MemoryUsageSetting.setupMixed(SCRATCH_MEMORY_BYTES, scratchLimit()).streamCache;
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", streamCache)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                return new PdfExtraction.Failed(PdfFailure.ENCRYPTED,
                        "PDF-filen är skyddad så att texten inte får hämtas ut ur den.");
            }
            int pages = doc.getNumberOfPages();
            PDFTextStripper stripper = new DeadlineStripper(deadlineNanos);
            stripper.setLineSeparator("\n");
            stripper.setStartPage(1);
            stripper.setEndPage(Math.min(pages, limits.maxPages()));
            String text = TextNormalizer.normalizePdf(stripper.getText(doc));
            return new PdfExtraction.Extracted(text, pages, titleOf(doc), pages > limits.maxPages());
        } catch (InvalidPasswordException e) {
            return new PdfExtraction.Failed(PdfFailure.ENCRYPTED,
                    "PDF-filen är lösenordsskyddad och kunde inte öppnas.");
        }
    }

    private long scratchLimit() {
        return Math.max(limits.maxBytes() * 4, 64L * 1024 * 1024);
    }

    private static String titleOf(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        String title = info == null ? null : info.getTitle();
        return title == null ? "" : TextNormalizer.oneLine(title);
    }

    /** Thrown on the worker thread when time is up, so that an abandoned extraction stops using the CPU soon. */
    static final class DeadlinePassed extends RuntimeException {
        DeadlinePassed() {
            super("PDF extraction deadline passed", null, false, false);
        }
    }

    /**
     * Checks the deadline between content-stream operators: a page with millions of operators (or a
     * malicious loop of form XObjects) must not keep the worker busy after the caller has given up.
     */
    private static final class DeadlineStripper extends PDFTextStripper {
        private final long deadlineNanos;

        DeadlineStripper(long deadlineNanos) {
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            checkDeadline();
            super.startPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            checkDeadline();
            super.processOperator(operator, operands);
        }

        private void checkDeadline() {
            if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadlineNanos > 0) {
                throw new DeadlinePassed();
            }
        }
    }
}
