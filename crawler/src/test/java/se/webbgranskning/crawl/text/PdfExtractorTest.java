package se.webbgranskning.crawl.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PdfExtractorTest {

    private static final List<List<String>> SWEDISH = List.of(List.of(
            "Hemtjänst i Exempelby kommun",
            "Du som är äldre kan få stöd i hemmet – dygnet runt.",
            "Avgiften är högst 2 575 kronor per månad."));

    private final PdfExtractor extractor = new PdfExtractor(PdfLimits.defaults());

    @Test
    void swedishTextAndTitleAreExtracted() {
        PdfExtraction result = extractor.extract(TestPdfs.pages("Taxor för hemtjänst 2026", SWEDISH));

        assertThat(result).isInstanceOfSatisfying(PdfExtraction.Extracted.class, pdf -> {
            assertThat(pdf.text()).isEqualTo("Hemtjänst i Exempelby kommun\n"
                    + "Du som är äldre kan få stöd i hemmet – dygnet runt.\n"
                    + "Avgiften är högst 2 575 kronor per månad.");
            assertThat(pdf.title()).isEqualTo("Taxor för hemtjänst 2026");
            assertThat(pdf.pages()).isEqualTo(1);
            assertThat(pdf.pagesLimited()).isFalse();
        });
    }

    @Test
    void withoutDocumentInformationTheTitleIsEmpty() {
        PdfExtraction result = extractor.extract(TestPdfs.pages(SWEDISH));

        assertThat(result).isInstanceOfSatisfying(PdfExtraction.Extracted.class,
                pdf -> assertThat(pdf.title()).isEmpty());
    }

    @Test
    void wordsHyphenatedAtLineEndsAreJoinedButSwedishSuspendedHyphensAreNot() {
        byte[] pdf = TestPdfs.pages(List.of(List.of(
                "Kommunen erbjuder hemtjänst-", "insatser dygnet runt inom hälso-", "och sjukvård.",
                "Kontakta Region-", "Exempelby vid frågor.")));

        PdfExtraction result = extractor.extract(pdf);

        assertThat(result).isInstanceOfSatisfying(PdfExtraction.Extracted.class, extracted ->
                assertThat(extracted.text()).isEqualTo("Kommunen erbjuder hemtjänstinsatser dygnet runt inom hälso-\n"
                        + "och sjukvård.\nKontakta Region-\nExempelby vid frågor."));
    }

    @Test
    void onlyTheFirstMaxPagesAreRead() {
        List<List<String>> pages = IntStream.rangeClosed(1, 5).mapToObj(i -> List.of("Sidan nummer " + i)).toList();
        PdfExtractor limited = new PdfExtractor(new PdfLimits(2, Duration.ofSeconds(20), 1_000_000));

        PdfExtraction result = limited.extract(TestPdfs.pages(pages));

        assertThat(result).isInstanceOfSatisfying(PdfExtraction.Extracted.class, pdf -> {
            assertThat(pdf.text()).contains("Sidan nummer 1", "Sidan nummer 2").doesNotContain("Sidan nummer 3");
            assertThat(pdf.pages()).isEqualTo(5);
            assertThat(pdf.pagesLimited()).isTrue();
        });
    }

    @Test
    void truncatedDownloadIsCorrupt() {
        byte[] whole = TestPdfs.pages(SWEDISH);

        PdfExtraction result = extractor.extract(Arrays.copyOf(whole, whole.length / 2));

        assertFailed(result, PdfFailure.CORRUPT);
    }

    @Test
    void garbageBetweenHeaderAndTrailerIsCorrupt() {
        byte[] bytes = ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n"
                + "trailer << /Root 1 0 R >>\nstartxref\n999999\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

        assertFailed(extractor.extract(bytes), PdfFailure.CORRUPT);
    }

    @Test
    void anHtmlErrorPageIsNotAPdf() {
        byte[] html = "<!DOCTYPE html><html><body><h1>Sidan finns inte</h1></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertFailed(extractor.extract(html), PdfFailure.NOT_A_PDF);
        assertFailed(extractor.extract(new byte[0]), PdfFailure.NOT_A_PDF);
    }

    @Test
    void thePdfHeaderMayFollowAFewJunkBytesButNotMoreThan1024() {
        byte[] pdf = TestPdfs.pages(SWEDISH);

        assertThat(extractor.extract(concat(new byte[100], pdf))).isInstanceOf(PdfExtraction.Extracted.class);
        assertFailed(extractor.extract(concat(new byte[1100], pdf)), PdfFailure.NOT_A_PDF);
    }

    @Test
    void aFileAboveTheSizeLimitIsNotParsed() {
        byte[] pdf = TestPdfs.pages(SWEDISH);
        PdfExtractor small = new PdfExtractor(new PdfLimits(10, Duration.ofSeconds(5), pdf.length - 1));

        PdfExtraction.Failed failed = assertFailed(small.extract(pdf), PdfFailure.TOO_LARGE);
        assertThat(failed.reason()).contains("för stor");
        assertThat(new PdfExtractor(new PdfLimits(10, Duration.ofSeconds(5), pdf.length)).extract(pdf))
                .isInstanceOf(PdfExtraction.Extracted.class);
    }

    @Test
    void aPdfThatForbidsTextExtractionIsEncrypted() {
        byte[] pdf = TestPdfs.encrypted(SWEDISH, "", false);

        assertFailed(extractor.extract(pdf), PdfFailure.ENCRYPTED);
    }

    @Test
    void anEncryptedPdfThatAllowsExtractionOpensWithTheEmptyPassword() {
        byte[] pdf = TestPdfs.encrypted(SWEDISH, "", true);

        assertThat(extractor.extract(pdf)).isInstanceOfSatisfying(PdfExtraction.Extracted.class,
                extracted -> assertThat(extracted.text()).contains("Hemtjänst i Exempelby kommun"));
    }

    @Test
    void aPdfWithAUserPasswordIsEncrypted() {
        byte[] pdf = TestPdfs.encrypted(SWEDISH, "hemligt", true);

        assertFailed(extractor.extract(pdf), PdfFailure.ENCRYPTED);
    }

    @Test
    void aSlowExtractionTimesOut() {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            pages.add(List.of("Sida " + i + " om hemtjänst, trygghetslarm och matdistribution i kommunen."));
        }
        PdfExtractor hurried = new PdfExtractor(new PdfLimits(1000, Duration.ofMillis(1), 100_000_000));

        PdfExtraction.Failed failed = assertFailed(hurried.extract(TestPdfs.pages(pages)), PdfFailure.TIMEOUT);

        assertThat(failed.reason()).contains("för lång tid");
    }

    @Test
    void anAbandonedWorkerStopsAtThePassedDeadlineInsteadOfReadingOn() {
        PdfTextReader reader = new PdfTextReader(PdfLimits.defaults(), System.nanoTime() - 1);

        assertThatThrownBy(() -> reader.read(TestPdfs.pages(SWEDISH)))
                .isInstanceOf(PdfTextReader.DeadlinePassed.class);
    }

    private static PdfExtraction.Failed assertFailed(PdfExtraction result, PdfFailure kind) {
        assertThat(result).isInstanceOf(PdfExtraction.Failed.class);
        PdfExtraction.Failed failed = (PdfExtraction.Failed) result;
        assertThat(failed.kind()).isEqualTo(kind);
        assertThat(failed.reason()).isNotBlank().doesNotContain("Exception", "at org.", "\n").endsWith(".");
        return failed;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
