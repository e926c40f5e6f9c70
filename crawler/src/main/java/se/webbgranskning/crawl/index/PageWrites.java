package se.webbgranskning.crawl.index;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The statements the crawler runs for every document, on jdbi's fluent API with explicit binds: as a SqlObject
 * with {@code @BindMethods}, their binding and handler set-up cost as much as H2's work (JFR under
 * bench/crawl.sh). Everything else stays on {@link PageIndexDao}.
 */
final class PageWrites {

    private static final String INSERT_PAGE = """
            INSERT INTO crawl_page (round_id, kommunkod, url_key, url, purpose, final_url, redirect_chain, status,
                content_type, charset, fetched_at, depth, click_depth, parent_url, anchor_text, payload_sha256,
                payload_bytes, warc_record_type, warc_record_id, warc_file, warc_offset, warc_length,
                payload_warc_file, payload_warc_offset, payload_warc_length, title, main_text, text_length,
                last_updated, noindex, failure_kind, failure_reason)
            VALUES (:roundId, :kommunkod, :urlKey, :url, :purpose, :finalUrl, :redirectChain, :status, :contentType,
                :charset, :fetchedAt, :depth, :clickDepth, :parentUrl, :anchorText, :payloadSha256, :payloadBytes,
                :warcRecordType, :warcRecordId, :warcFile, :warcOffset, :warcLength, :payloadWarcFile,
                :payloadWarcOffset, :payloadWarcLength, :title, :mainText, :textLength, :lastUpdated, :noindex,
                :failureKind, :failureReason)""";

    private static final RowMapper<EarlierCapture> EARLIER = (rs, ctx) -> new EarlierCapture(
            rs.getString("warc_record_id"), rs.getString("url"), rs.getObject("fetched_at", OffsetDateTime.class),
            rs.getString("warc_file"), rs.getLong("warc_offset"), rs.getLong("warc_length"),
            rs.getString("warc_record_type"));

    private PageWrites() {
    }

    static long insertPage(Handle handle, PageRow row) {
        return handle.createUpdate(INSERT_PAGE)
                .bind("roundId", row.roundId())
                .bind("kommunkod", row.kommunkod())
                .bind("urlKey", row.urlKey())
                .bind("url", row.url())
                .bind("purpose", row.purpose())
                .bind("finalUrl", row.finalUrl())
                .bind("redirectChain", row.redirectChain())
                .bind("status", row.status())
                .bind("contentType", row.contentType())
                .bind("charset", row.charset())
                .bind("fetchedAt", row.fetchedAt())
                .bind("depth", row.depth())
                .bind("clickDepth", row.clickDepth())
                .bind("parentUrl", row.parentUrl())
                .bind("anchorText", row.anchorText())
                .bind("payloadSha256", row.payloadSha256())
                .bind("payloadBytes", row.payloadBytes())
                .bind("warcRecordType", row.warcRecordType())
                .bind("warcRecordId", row.warcRecordId())
                .bind("warcFile", row.warcFile())
                .bind("warcOffset", row.warcOffset())
                .bind("warcLength", row.warcLength())
                .bind("payloadWarcFile", row.payloadWarcFile())
                .bind("payloadWarcOffset", row.payloadWarcOffset())
                .bind("payloadWarcLength", row.payloadWarcLength())
                .bind("title", row.title())
                .bind("mainText", row.mainText())
                .bind("textLength", row.textLength())
                .bind("lastUpdated", row.lastUpdated())
                .bind("noindex", row.noindex())
                .bind("failureKind", row.failureKind())
                .bind("failureReason", row.failureReason())
                .executeAndReturnGeneratedKeys("page_id")
                .mapTo(Long.class)
                .one();
    }

    static void insertLinks(Handle handle, long pageId, List<String> urls, List<String> texts) {
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO crawl_link (page_id, position, url, text) VALUES (:pageId, :position, :url, :text)");
        for (int position = 0; position < urls.size(); position++) {
            batch.bind("pageId", pageId).bind("position", position).bind("url", urls.get(position))
                    .bind("text", texts.get(position)).add();
        }
        batch.execute();
    }

    /** See {@link PageIndex#earlierCapture}: only responses, so that a revisit names the record with the payload. */
    static Optional<EarlierCapture> earlierCapture(Handle handle, String code, String urlKey, String sha256,
                                                   String roundId) {
        return handle.createQuery("""
                        SELECT p.warc_record_id, p.url, p.fetched_at, p.warc_file, p.warc_offset, p.warc_length,
                               p.warc_record_type
                        FROM crawl_page p
                        WHERE p.kommunkod = :code AND p.url_key = :key AND p.payload_sha256 = :sha256
                          AND p.round_id <> :roundId AND p.warc_record_type = 'response'
                        ORDER BY p.fetched_at DESC FETCH FIRST 1 ROWS ONLY""")
                .bind("code", code).bind("key", urlKey).bind("sha256", sha256).bind("roundId", roundId)
                .map(EARLIER)
                .findOne();
    }
}
