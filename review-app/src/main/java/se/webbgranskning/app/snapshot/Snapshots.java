package se.webbgranskning.app.snapshot;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import se.webbgranskning.crawl.index.PageIndex;

/** Reads one municipality's frozen snapshot of a crawl round from the page index. */
public final class Snapshots {

    // For a revisit the payload lives in the earlier response record: list that location.
    private static final String COLUMNS = "page_id, url, final_url, title, status, content_type, charset,"
            + " click_depth, fetched_at, text_length, failure_kind,"
            + " failure_reason, COALESCE(payload_warc_file, warc_file) AS warc_file,"
            + " COALESCE(payload_warc_offset, warc_offset) AS warc_offset,"
            + " COALESCE(payload_warc_length, warc_length) AS warc_length";
    private static final String OF_SNAPSHOT = " FROM crawl_page WHERE round_id = :round AND kommunkod = :code"
            + " AND purpose = 'page'";
    private static final String ORDER = " ORDER BY CASE WHEN click_depth IS NULL THEN 1 ELSE 0 END, click_depth,"
            + " url";

    private static final int MAX_CACHED_LISTS = 1000;

    // Written out: jdbi's reflective ConstructorMapper works its binding out again on every query
    private static final RowMapper<SnapshotPage> PAGES = (rs, ctx) -> new SnapshotPage(rs.getLong("page_id"),
            rs.getString("url"), rs.getString("final_url"), rs.getString("title"), rs.getObject("status", Integer.class),
            rs.getString("content_type"), rs.getString("charset"), rs.getObject("click_depth", Integer.class),
            rs.getObject("fetched_at", OffsetDateTime.class), rs.getInt("text_length"), rs.getString("failure_kind"),
            rs.getString("failure_reason"), rs.getString("warc_file"), rs.getObject("warc_offset", Long.class),
            rs.getObject("warc_length", Long.class));

    private final Jdbi jdbi;
    // A finished round's snapshot never changes, and its page list is read for every view of the review screen.
    private final java.util.Map<String, List<SnapshotPage>> finishedLists =
            new java.util.concurrent.ConcurrentHashMap<>();

    public Snapshots(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The snapshot's pages, fewest clicks from the start page first; a query filters on title, address and text. */
    public List<SnapshotPage> pages(String crawlRound, String kommunkod, String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (!needle.isEmpty()) {
            return query(crawlRound, kommunkod, needle);
        }
        String key = crawlRound + "/" + kommunkod;
        List<SnapshotPage> cached = finishedLists.get(key);
        if (cached != null) {
            return cached;
        }
        List<SnapshotPage> pages = List.copyOf(query(crawlRound, kommunkod, ""));
        if (finished(crawlRound)) {
            if (finishedLists.size() >= MAX_CACHED_LISTS) {
                finishedLists.clear();
            }
            finishedLists.put(key, pages);
        }
        return pages;
    }

    private boolean finished(String crawlRound) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM crawl_round WHERE round_id = :round"
                + " AND finished_at IS NOT NULL").bind("round", crawlRound).mapTo(Integer.class).one()) > 0;
    }

    private List<SnapshotPage> query(String crawlRound, String kommunkod, String needle) {
        String filter = needle.isEmpty() ? "" : " AND (LOWER(COALESCE(title, '')) LIKE :like ESCAPE '!'"
                + " OR LOWER(url) LIKE :like ESCAPE '!' OR LOWER(COALESCE(main_text, '')) LIKE :like ESCAPE '!')";
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + OF_SNAPSHOT + filter + ORDER)
                .bind("round", crawlRound)
                .bind("code", kommunkod)
                .bind("like", "%" + escapeLike(needle) + "%")
                .map(PAGES)
                .list());
    }

    /** A page of this snapshot; empty if the id belongs to another municipality or round. */
    public Optional<SnapshotPage> page(String crawlRound, String kommunkod, long pageId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + OF_SNAPSHOT
                        + " AND page_id = :id")
                .bind("round", crawlRound)
                .bind("code", kommunkod)
                .bind("id", pageId)
                .map(PAGES)
                .findOne());
    }

    /** The page's extracted text, as the crawler stored it; empty text if it has none. */
    public String text(long pageId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT main_text FROM crawl_page WHERE page_id = :id")
                .bind("id", pageId)
                .mapTo(String.class)
                .findOne()
                .orElse(""));
    }

    /**
     * The archived page of this snapshot at a URL, for rewriting links between archived pages: a redirect is
     * followed to where it ended, and only a page with content (2xx) counts.
     */
    public Optional<Long> pageIdOf(String crawlRound, String kommunkod, String url) {
        return jdbi.withHandle(handle -> {
            Optional<Located> found = locate(handle, crawlRound, kommunkod, url);
            if (found.isPresent() && found.get().finalUrl() != null && !found.get().finalUrl().equals(url)) {
                found = locate(handle, crawlRound, kommunkod, found.get().finalUrl());
            }
            return found.filter(page -> page.status() != null && page.status() >= 200 && page.status() < 300)
                    .map(Located::pageId);
        });
    }

    private record Located(long pageId, Integer status, String finalUrl) {
    }

    private static Optional<Located> locate(org.jdbi.v3.core.Handle handle, String crawlRound, String kommunkod,
                                            String url) {
        return handle.createQuery("SELECT page_id, status, final_url" + OF_SNAPSHOT + " AND url_key = :key")
                .bind("round", crawlRound)
                .bind("code", kommunkod)
                .bind("key", PageIndex.urlKey(url))
                .map((rs, ctx) -> new Located(rs.getLong(1), (Integer) rs.getObject(2), rs.getString(3)))
                .findFirst();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
