package se.webbgranskning.crawl.text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the text of a PDF found on a municipal site without trusting it: the file is checked before parsing,
 * parsing runs on its own daemon thread under a time limit, memory for decoded streams is bounded, and every
 * failure, including stack overflows and memory exhaustion from hostile files, becomes a
 * {@link PdfExtraction.Failed} with a Swedish reason instead of an exception.
 */
public final class PdfExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(PdfExtractor.class);
    /** The PDF header may follow some junk; Acrobat accepts it within the first 1024 bytes, and so do we. */
    private static final int HEADER_WINDOW = 1024;
    /** Likewise the end-of-file marker must be in the last 1024 bytes, or the download was cut off. */
    private static final int TRAILER_WINDOW = 1024;

    static final String CORRUPT_REASON = "PDF-filen är skadad eller ofullständig och kunde inte läsas.";

    private final PdfLimits limits;

    public PdfExtractor(PdfLimits limits) {
        this.limits = limits;
    }

    public PdfExtraction extract(byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            return new PdfExtraction.Failed(PdfFailure.TOO_LARGE, String.format(Locale.ROOT,
                    "PDF-filen är för stor för att läsas (%s, gränsen är %s).",
                    megabytes(bytes.length), megabytes(limits.maxBytes())));
        }
        if (!contains(bytes, 0, HEADER_WINDOW, "%PDF-")) {
            return new PdfExtraction.Failed(PdfFailure.NOT_A_PDF,
                    "Filen är inte en PDF-fil, trots att den länkades eller levererades som en.");
        }
        if (!contains(bytes, Math.max(0, bytes.length - TRAILER_WINDOW), TRAILER_WINDOW, "%%EOF")) {
            return new PdfExtraction.Failed(PdfFailure.CORRUPT,
                    "PDF-filen är ofullständig (den slutar mitt i) och kunde inte läsas.");
        }
        return readWithTimeout(bytes);
    }

    private PdfExtraction readWithTimeout(byte[] bytes) {
        long deadline = System.nanoTime() + limits.maxTime().toNanos();
        CompletableFuture<PdfExtraction> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(readSafely(bytes, deadline));
            } catch (Throwable unexpected) {
                // Not the file's fault (readSafely handles those): report it now instead of at the timeout.
                result.completeExceptionally(unexpected);
            }
        }, "pdf-text");
        // Daemon, so that a PDF the parser never finishes cannot keep the JVM alive after we give up on it.
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(limits.maxTime().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            return timeout();
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return timeout();
        } catch (ExecutionException e) {
            LOG.error("PDF extraction failed unexpectedly on a file of {} bytes", bytes.length, e.getCause());
            return new PdfExtraction.Failed(PdfFailure.CORRUPT, CORRUPT_REASON);
        }
    }

    private PdfExtraction readSafely(byte[] bytes, long deadline) {
        try {
            return new PdfTextReader(limits, deadline).read(bytes);
        } catch (PdfTextReader.DeadlinePassed e) {
            return timeout();
        } catch (Exception e) {
            return corrupt(e);
        } catch (StackOverflowError e) {
            LOG.debug("PDF nested too deeply to parse", e);
            return new PdfExtraction.Failed(PdfFailure.CORRUPT,
                    "PDF-filen är felaktigt uppbyggd (för djupt nästlad) och kunde inte läsas.");
        } catch (OutOfMemoryError e) {
            LOG.warn("Ran out of memory reading a PDF of {} bytes", bytes.length);
            return new PdfExtraction.Failed(PdfFailure.CORRUPT,
                    "PDF-filen kräver för mycket minne för att läsas och är troligen skadad.");
        }
    }

    private PdfExtraction timeout() {
        return new PdfExtraction.Failed(PdfFailure.TIMEOUT, String.format(Locale.ROOT,
                "Det tog för lång tid att läsa PDF-filen (gränsen är %s sekunder).",
                seconds(limits)));
    }

    private static PdfExtraction corrupt(Throwable cause) {
        LOG.debug("Unreadable PDF: {}", String.valueOf(cause));
        return new PdfExtraction.Failed(PdfFailure.CORRUPT, CORRUPT_REASON);
    }

    private static String seconds(PdfLimits limits) {
        double seconds = limits.maxTime().toMillis() / 1000.0;
        return seconds == Math.rint(seconds)
                ? String.valueOf((long) seconds)
                : String.format(Locale.ROOT, "%.1f", seconds).replace('.', ',');
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }

    private static boolean contains(byte[] bytes, int from, int length, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        int end = Math.min(bytes.length, from + length) - needle.length;
        for (int i = from; i <= end; i++) {
            int j = 0;
            while (j < needle.length && bytes[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return true;
            }
        }
        return false;
    }
}
