package se.webbgranskning.crawl.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.webbgranskning.crawl.FailureKind;

/** PDFs are read under limits; broken and oversized files are recorded as such, never stored half. */
@Tag("database")
class DocumentCrawlTest {

    private final SharedFixtureCrawl crawl = SharedFixtureCrawl.get();

    @Test
    void readsTheFeesPdfOfASitevisionLikeSite() {
        assertThat(crawl.page("lillfors", "/download/18.1a2b3c/1700000000000/avgifter-hemtjanst-2026.pdf")).get()
                .satisfies(p -> {
                    assertThat(p.status()).isEqualTo(200);
                    assertThat(p.contentType()).startsWith("application/pdf");
                    assertThat(p.mainText()).contains("kronor");
                    assertThat(p.warcRecordType()).isEqualTo("response");
                });
        assertThat(crawl.result("lillfors").pdfs()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void keepsACorruptPdfButMarksItUnreadable() {
        assertThat(crawl.page("lillfors", "/download/18.1a2b3c/1700000000001/riktlinjer-for-hemtjanst.pdf")).get()
                .satisfies(p -> {
                    assertThat(p.failureKind()).isEqualTo(FailureKind.UNPARSABLE.key());
                    assertThat(p.failureReason()).contains("PDF");
                    assertThat(p.warcFile()).isNotNull();
                    assertThat(p.textLength()).isZero();
                });
    }

    @Test
    void refusesDocumentsOverTheSizeLimitWithAndWithoutContentLength() {
        assertThat(crawl.page("lillfors", "/dokument/stor-rapport.pdf")).get().satisfies(p -> {
            assertThat(p.failureKind()).isEqualTo(FailureKind.TOO_LARGE.key());
            assertThat(p.warcRecordType()).isEqualTo("metadata");
            assertThat(p.payloadSha256()).isNull();
        });
        assertThat(crawl.page("lillfors", "/dokument/stor-bilaga.pdf")).get()
                .satisfies(p -> assertThat(p.failureKind()).isEqualTo(FailureKind.TOO_LARGE.key()));
        assertThat(crawl.result("lillfors").failures()).containsEntry(FailureKind.TOO_LARGE, 2);
    }
}
