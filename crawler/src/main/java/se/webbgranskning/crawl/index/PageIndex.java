package se.webbgranskning.crawl.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The page index of crawl rounds: which municipalities a round covers, every URL fetched or refused, and where
 * its WARC record lies. Every write is its own transaction, made only after the WARC record it points at has
 * been written, so a crash leaves at worst an unindexed record at the end of a WARC file, never a dangling row.
 */
public final class PageIndex {

    private final Jdbi jdbi;

    public PageIndex(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A fresh round id for the day, {@code 2026-11-24-1}, {@code 2026-11-24-2} … */
    public String newRoundId(LocalDate day, OffsetDateTime startedAt, String settings) {
        return jdbi.inTransaction(handle -> {
            PageIndexDao dao = handle.attach(PageIndexDao.class);
            String prefix = day.toString() + "-";
            int next = dao.roundIdsLike(prefix + "%").stream()
                    .map(id -> id.substring(prefix.length()))
                    .filter(rest -> rest.matches("\\d+"))
                    .mapToInt(Integer::parseInt).max().orElse(0) + 1;
            String id = prefix + next;
            dao.insertRound(id, startedAt, settings);
            return id;
        });
    }

    public boolean roundExists(String roundId) {
        return dao(d -> d.roundSettings(roundId)).isPresent();
    }

    public Optional<String> roundSettings(String roundId) {
        return dao(d -> d.roundSettings(roundId));
    }

    public List<String> roundIds() {
        return dao(PageIndexDao::roundIds);
    }

    public void finishRound(String roundId, OffsetDateTime at) {
        jdbi.useExtension(PageIndexDao.class, d -> d.finishRound(roundId, at));
    }

    public void addSite(String roundId, String code, String name, String startUrl) {
        jdbi.useExtension(PageIndexDao.class, d -> d.insertSite(roundId, code, name, startUrl));
    }

    public List<SiteRow> sites(String roundId) {
        return dao(d -> d.sites(roundId));
    }

    public void startSite(String roundId, String code, OffsetDateTime at) {
        jdbi.useExtension(PageIndexDao.class, d -> d.startSite(roundId, code, at));
    }

    public void finishSite(String roundId, String code, String status, OffsetDateTime at, double seconds,
                           String limits, String message) {
        jdbi.useExtension(PageIndexDao.class, d -> d.finishSite(roundId, code, status, at, seconds, limits, message));
    }

    /**
     * Adds a row and its links in one transaction, link texts cut to their column's 1000 characters; returns the
     * row's id.
     */
    public long add(PageRow row, List<String> linkUrls, List<String> linkTexts) {
        return jdbi.inTransaction(handle -> {
            long id = PageWrites.insertPage(handle, row);
            if (!linkUrls.isEmpty()) {
                List<String> texts = linkTexts.stream()
                        .map(t -> t.length() <= 1000 ? t : t.substring(0, 1000)).toList();
                PageWrites.insertLinks(handle, id, linkUrls, texts);
            }
            return id;
        });
    }

    /** Documents and failures indexed so far per municipality of a round, for progress while it runs. */
    public java.util.Map<String, SiteCounts> siteCounts(String roundId) {
        return dao(d -> d.siteCounts(roundId)).stream()
                .collect(java.util.stream.Collectors.toMap(SiteCounts::kommunkod, counts -> counts));
    }

    public boolean contains(String roundId, String code, String url) {
        return dao(d -> d.countUrl(roundId, code, urlKey(url))) > 0;
    }

    /** Documents fetched so far for a municipality in a round (what a resumed crawl counts against its budget). */
    public int fetchedCount(String roundId, String code) {
        return dao(d -> d.countFetched(roundId, code));
    }

    /**
     * The latest earlier response record with this payload: what a revisit refers to. Only responses count, never
     * an earlier revisit, so that a third round's revisit names the record that holds the payload (WARC 1.1,
     * WARC-Refers-To), not another revisit.
     */
    public Optional<EarlierCapture> earlierCapture(String code, String url, String sha256, String roundId) {
        return jdbi.withHandle(handle -> PageWrites.earlierCapture(handle, code, urlKey(url), sha256, roundId));
    }

    /** The response record with this id, in any round (what a revisit record refers to). */
    public Optional<EarlierCapture> responseRecord(String recordId) {
        return dao(d -> d.responseRecord(recordId));
    }

    public List<IndexedPage> pages(String roundId, String code) {
        return dao(d -> d.pages(roundId, code));
    }

    /** The rows without their text: what redirect chains and click depths need, at a fraction of the cost. */
    public List<IndexedPage> pagesWithoutText(String roundId, String code) {
        return dao(d -> d.pagesWithoutText(roundId, code));
    }

    /**
     * Every WARC record of a municipality's snapshot in a round (responses, revisits with where their payload lies,
     * metadata records of URLs without a response), in the order they were indexed: what an evidence bundle copies.
     */
    public List<ArchivedCapture> archivedCaptures(String roundId, String code) {
        return dao(d -> d.archivedCaptures(roundId, code));
    }

    /** Every WARC record the index points at, of one round or (empty) of all, in file and offset order. */
    public List<IndexedRecord> indexedRecords(Optional<String> roundId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT page_id, round_id, kommunkod, url,"
                        + " warc_record_type, warc_file, warc_offset, warc_length, payload_sha256 FROM crawl_page"
                        + " WHERE warc_file IS NOT NULL AND (:all OR round_id = :round)"
                        + " ORDER BY warc_file, warc_offset")
                .bind("all", roundId.isEmpty())
                .bind("round", roundId.orElse(""))
                .map((rs, ctx) -> new IndexedRecord(rs.getLong("page_id"), rs.getString("round_id"),
                        rs.getString("kommunkod"), rs.getString("url"), rs.getString("warc_record_type"),
                        new se.webbgranskning.crawl.warc.WarcLocation(rs.getString("warc_file"),
                                rs.getLong("warc_offset"), rs.getLong("warc_length")),
                        rs.getString("payload_sha256")))
                .list());
    }

    /** Every URL a municipality has in the round's index. */
    public java.util.Set<String> urls(String roundId, String code) {
        return new java.util.HashSet<>(dao(d -> d.urls(roundId, code)));
    }

    public List<LinkRow> links(String roundId, String code) {
        return dao(d -> d.links(roundId, code));
    }

    public void updateClickDepths(List<Long> pageIds, List<Integer> depths) {
        if (!pageIds.isEmpty()) {
            jdbi.useExtension(PageIndexDao.class, d -> d.updateClickDepths(pageIds, depths));
        }
    }

    public void updateRedirects(List<Long> pageIds, List<String> chains, List<String> finalUrls) {
        if (!pageIds.isEmpty()) {
            jdbi.useExtension(PageIndexDao.class, d -> d.updateRedirects(pageIds, chains, finalUrls));
        }
    }

    /** Removes a round's page rows and links (reindex rebuilds them from the WARC files). */
    public void clearPages(String roundId) {
        jdbi.useTransaction(handle -> {
            PageIndexDao dao = handle.attach(PageIndexDao.class);
            dao.deleteLinks(roundId);
            dao.deletePages(roundId);
        });
    }

    /** The key of a URL in the index: its SHA-256 in hex, so that uniqueness holds however long the URL. */
    public static String urlKey(String url) {
        return sha256Hex(url.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 in lower-case hex, as the index stores URL keys and payload digests. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 saknas i Java-miljön", e);
        }
    }

    private <T> T dao(java.util.function.Function<PageIndexDao, T> call) {
        return jdbi.withExtension(PageIndexDao.class, call::apply);
    }
}
