package se.webbgranskning.crawl.index;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL of the page index (schema: V2__crawl_rounds_and_page_index.sql). */
interface PageIndexDao {

    @SqlUpdate("INSERT INTO crawl_round (round_id, started_at, settings) VALUES (:id, :startedAt, :settings)")
    void insertRound(@Bind("id") String id, @Bind("startedAt") OffsetDateTime startedAt,
                     @Bind("settings") String settings);

    @SqlUpdate("UPDATE crawl_round SET finished_at = :at WHERE round_id = :id")
    void finishRound(@Bind("id") String id, @Bind("at") OffsetDateTime at);

    @SqlQuery("SELECT round_id FROM crawl_round WHERE round_id LIKE :prefix")
    List<String> roundIdsLike(@Bind("prefix") String prefix);

    @SqlQuery("SELECT settings FROM crawl_round WHERE round_id = :id")
    Optional<String> roundSettings(@Bind("id") String id);

    @SqlQuery("SELECT round_id FROM crawl_round ORDER BY started_at DESC, round_id DESC")
    List<String> roundIds();

    @SqlUpdate("""
            INSERT INTO crawl_site (round_id, kommunkod, name, start_url, status, limits_hit)
            VALUES (:roundId, :code, :name, :startUrl, 'pending', '')""")
    void insertSite(@Bind("roundId") String roundId, @Bind("code") String code, @Bind("name") String name,
                    @Bind("startUrl") String startUrl);

    @SqlUpdate("UPDATE crawl_site SET status = 'running', started_at = COALESCE(started_at, :at) WHERE round_id = :roundId AND kommunkod = :code")
    void startSite(@Bind("roundId") String roundId, @Bind("code") String code, @Bind("at") OffsetDateTime at);

    @SqlUpdate("""
            UPDATE crawl_site SET status = :status, finished_at = :at, seconds = COALESCE(seconds, 0) + :seconds,
                   limits_hit = :limits, message = :message
            WHERE round_id = :roundId AND kommunkod = :code""")
    void finishSite(@Bind("roundId") String roundId, @Bind("code") String code, @Bind("status") String status,
                    @Bind("at") OffsetDateTime at, @Bind("seconds") double seconds, @Bind("limits") String limits,
                    @Bind("message") String message);

    @SqlQuery("SELECT kommunkod, name, start_url, status, seconds, limits_hit, message FROM crawl_site WHERE round_id = :roundId ORDER BY kommunkod")
    @RegisterConstructorMapper(SiteRow.class)
    List<SiteRow> sites(@Bind("roundId") String roundId);

    @SqlQuery("SELECT COUNT(*) FROM crawl_page WHERE round_id = :roundId AND kommunkod = :code AND url_key = :key")
    int countUrl(@Bind("roundId") String roundId, @Bind("code") String code, @Bind("key") String urlKey);

    @SqlQuery("""
            SELECT COUNT(*) FROM crawl_page WHERE round_id = :roundId AND kommunkod = :code AND purpose = 'page'
              AND status IS NOT NULL""")
    int countFetched(@Bind("roundId") String roundId, @Bind("code") String code);

    @SqlQuery("""
            SELECT kommunkod, COUNT(*) AS documents,
                   SUM(CASE WHEN failure_kind IS NOT NULL THEN 1 ELSE 0 END) AS failures
            FROM crawl_page WHERE round_id = :roundId AND purpose = 'page' GROUP BY kommunkod""")
    @RegisterConstructorMapper(SiteCounts.class)
    List<SiteCounts> siteCounts(@Bind("roundId") String roundId);

    @SqlQuery("""
            SELECT page_id, url, status, content_type, depth, click_depth, title, main_text, failure_kind,
                   failure_reason, purpose, parent_url, final_url, redirect_chain, charset, last_updated, noindex,
                   warc_file, warc_offset, warc_length, payload_sha256, payload_bytes, warc_record_type
            FROM crawl_page WHERE round_id = :roundId AND kommunkod = :code ORDER BY page_id""")
    @RegisterConstructorMapper(IndexedPage.class)
    List<IndexedPage> pages(@Bind("roundId") String roundId, @Bind("code") String code);

    @SqlQuery("""
            SELECT page_id, url, status, content_type, depth, click_depth, title, NULL AS main_text, failure_kind,
                   failure_reason, purpose, parent_url, final_url, redirect_chain, charset, last_updated, noindex,
                   warc_file, warc_offset, warc_length, payload_sha256, payload_bytes, warc_record_type
            FROM crawl_page WHERE round_id = :roundId AND kommunkod = :code ORDER BY page_id""")
    @RegisterConstructorMapper(IndexedPage.class)
    List<IndexedPage> pagesWithoutText(@Bind("roundId") String roundId, @Bind("code") String code);

    @SqlQuery("""
            SELECT url, warc_record_type AS record_type,
                   warc_file AS record_file, warc_offset AS record_offset, warc_length AS record_length,
                   COALESCE(payload_warc_file, warc_file) AS payload_file,
                   COALESCE(payload_warc_offset, warc_offset) AS payload_offset,
                   COALESCE(payload_warc_length, warc_length) AS payload_length
            FROM crawl_page
            WHERE round_id = :roundId AND kommunkod = :code
              AND warc_file IS NOT NULL AND warc_offset IS NOT NULL AND warc_length IS NOT NULL
            ORDER BY page_id""")
    @RegisterConstructorMapper(ArchivedCapture.class)
    List<ArchivedCapture> archivedCaptures(@Bind("roundId") String roundId, @Bind("code") String code);

    @SqlQuery("SELECT url FROM crawl_page WHERE round_id = :roundId AND kommunkod = :code")
    List<String> urls(@Bind("roundId") String roundId, @Bind("code") String code);

    @SqlQuery("SELECT l.page_id, l.url, l.text FROM crawl_link l JOIN crawl_page p ON p.page_id = l.page_id WHERE p.round_id = :roundId AND p.kommunkod = :code ORDER BY l.page_id, l.position")
    @RegisterConstructorMapper(LinkRow.class)
    List<LinkRow> links(@Bind("roundId") String roundId, @Bind("code") String code);

    @SqlQuery("""
            SELECT warc_record_id, url, fetched_at, warc_file AS file, warc_offset AS record_offset,
                   warc_length AS record_length, warc_record_type
            FROM crawl_page WHERE warc_record_id = :id AND warc_record_type = 'response'""")
    @RegisterConstructorMapper(EarlierCapture.class)
    Optional<EarlierCapture> responseRecord(@Bind("id") String recordId);

    @SqlBatch("UPDATE crawl_page SET redirect_chain = :chain, final_url = :finalUrl WHERE page_id = :pageId")
    void updateRedirects(@Bind("pageId") List<Long> pageIds, @Bind("chain") List<String> chains,
                         @Bind("finalUrl") List<String> finalUrls);

    @SqlBatch("UPDATE crawl_page SET click_depth = :depth WHERE page_id = :pageId")
    void updateClickDepths(@Bind("pageId") List<Long> pageIds, @Bind("depth") List<Integer> depths);

    @SqlUpdate("DELETE FROM crawl_link WHERE page_id IN (SELECT page_id FROM crawl_page WHERE round_id = :roundId)")
    void deleteLinks(@Bind("roundId") String roundId);

    @SqlUpdate("DELETE FROM crawl_page WHERE round_id = :roundId")
    void deletePages(@Bind("roundId") String roundId);
}
