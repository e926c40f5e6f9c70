package se.webbgranskning.crawl.precheck;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Reads a municipality's snapshot from the page index (schema V2/V5) into a {@link PrecheckInput}. Only fetched
 * pages with text count (2xx, no failure); redirects are kept as a map so that links can be followed. Reads with
 * jdbi's fluent API and written-out mappers: a SqlObject costs more per call than these queries.
 */
public final class PrecheckInputReader {

    /** Municipal review rounds are Swedish: a round started at 23:30 UTC belongs to the next Swedish day. */
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private static final RowMapper<PageRow> PAGES = (rs, ctx) -> new PageRow(rs.getLong("page_id"),
            rs.getString("url"), rs.getString("title"), rs.getString("main_text"), rs.getString("content_type"),
            rs.getObject("click_depth", Integer.class), rs.getObject("last_updated", LocalDate.class));
    private static final RowMapper<Map.Entry<String, String>> REDIRECTS =
            (rs, ctx) -> Map.entry(rs.getString("url"), rs.getString("final_url"));
    private static final RowMapper<LinkRow> LINKS = (rs, ctx) -> new LinkRow(rs.getLong("page_id"),
            rs.getString("url"), rs.getString("text"));
    private static final RowMapper<OffsetDateTime> STARTED =
            (rs, ctx) -> rs.getObject("started_at", OffsetDateTime.class);

    private final Jdbi jdbi;

    public PrecheckInputReader(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The snapshot of {@code kommunkod} in {@code roundId}; empty if the round did not crawl that municipality. */
    public Optional<PrecheckInput> read(String roundId, String kommunkod) {
        return jdbi.withHandle(handle -> {
            Optional<OffsetDateTime> started = handle.createQuery("""
                            SELECT r.started_at FROM crawl_round r JOIN crawl_site s ON s.round_id = r.round_id
                            WHERE r.round_id = :round AND s.kommunkod = :code""")
                    .bind("round", roundId).bind("code", kommunkod).map(STARTED).findOne();
            if (started.isEmpty()) {
                return Optional.empty();
            }
            LocalDate day = started.get().atZoneSameInstant(SWEDEN).toLocalDate();
            return Optional.of(new PrecheckInput(roundId, kommunkod, day, pages(handle, roundId, kommunkod),
                    redirects(handle, roundId, kommunkod)));
        });
    }

    private static List<PrecheckPage> pages(Handle handle, String roundId, String kommunkod) {
        List<PageRow> rows = handle.createQuery("""
                        SELECT page_id, url, title, main_text, content_type, click_depth, last_updated FROM crawl_page
                        WHERE round_id = :round AND kommunkod = :code AND purpose = 'page' AND status BETWEEN 200 AND 299
                          AND failure_kind IS NULL AND main_text IS NOT NULL
                        ORDER BY url""")
                .bind("round", roundId).bind("code", kommunkod).map(PAGES).list();
        Map<Long, List<PrecheckLink>> links = new HashMap<>();
        handle.createQuery("""
                        SELECT l.page_id, l.url, l.text FROM crawl_link l JOIN crawl_page p ON p.page_id = l.page_id
                        WHERE p.round_id = :round AND p.kommunkod = :code ORDER BY l.page_id, l.position""")
                .bind("round", roundId).bind("code", kommunkod).map(LINKS)
                .forEach(link -> links.computeIfAbsent(link.pageId(), id -> new ArrayList<>())
                        .add(new PrecheckLink(link.url(), link.text())));
        List<PrecheckPage> pages = new ArrayList<>();
        for (PageRow row : rows) {
            pages.add(new PrecheckPage(row.pageId(), row.url(), row.title() == null ? "" : row.title(), row.text(),
                    row.contentType() == null ? "" : row.contentType(), Optional.ofNullable(row.clickDepth()),
                    Optional.ofNullable(row.lastUpdated()), links.getOrDefault(row.pageId(), List.of())));
        }
        return pages;
    }

    private static Map<String, String> redirects(Handle handle, String roundId, String kommunkod) {
        Map<String, String> redirects = new LinkedHashMap<>();
        handle.createQuery("""
                        SELECT url, final_url FROM crawl_page
                        WHERE round_id = :round AND kommunkod = :code AND status BETWEEN 300 AND 399
                          AND final_url IS NOT NULL AND final_url <> url
                        ORDER BY url""")
                .bind("round", roundId).bind("code", kommunkod).map(REDIRECTS)
                .forEach(entry -> redirects.put(entry.getKey(), entry.getValue()));
        return redirects;
    }

    private record PageRow(long pageId, String url, String title, String text, String contentType, Integer clickDepth,
                           LocalDate lastUpdated) {
    }

    private record LinkRow(long pageId, String url, String text) {
    }
}
