package se.webbgranskning.app.snapshot;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.webbgranskning.crawl.warc.ArchivedPayload;
import se.webbgranskning.crawl.warc.ArchivedPayloads;
import se.webbgranskning.crawl.warc.WarcLocation;

/**
 * Answers with an archived page read from its WARC record, never the live site: HTML made safe and sandboxed
 * (see DESIGN.md, "Showing crawled pages safely"), a PDF as a download of the archived file.
 */
public final class ArchivedPageResponse {

    private static final Logger LOG = LoggerFactory.getLogger(ArchivedPageResponse.class);

    private final ArchivedPayloads payloads;

    public ArchivedPageResponse(Path warcRoot) {
        this.payloads = new ArchivedPayloads(warcRoot);
    }

    /**
     * @param links the address inside the app for a link to {@code url}, where the snapshot has that page; other
     *              links lose their live address
     */
    public void send(Context ctx, SnapshotPage page, Function<String, Optional<String>> links) throws IOException {
        ArchivedPayload payload;
        try {
            payload = payloads.read(new WarcLocation(page.warcFile(), page.warcOffset(), page.warcLength()));
        } catch (IOException e) {
            LOG.error("Could not read the archived page {} ({}) from {}@{}", page.pageId(), page.url(), page.warcFile(),
                    page.warcOffset(), e);
            throw e;
        }
        ctx.header("Content-Security-Policy", SafeSnapshotHtml.CONTENT_SECURITY_POLICY + "; frame-ancestors 'self'");
        ctx.header("Referrer-Policy", "no-referrer");
        if (page.isPdf()) {
            ctx.header("Content-Disposition", "attachment; filename=\"sida-" + page.pageId() + ".pdf\"");
            ctx.contentType("application/pdf").result(payload.body());
            return;
        }
        String html = new String(payload.body(), charsetOf(page));
        ctx.contentType("text/html; charset=utf-8").result(SafeSnapshotHtml.render(html, page.url(), links));
    }

    /** The charset the crawler decided on when it extracted the text, so that both read the same characters. */
    private static Charset charsetOf(SnapshotPage page) {
        try {
            return Optional.ofNullable(page.charset()).map(Charset::forName).orElse(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
