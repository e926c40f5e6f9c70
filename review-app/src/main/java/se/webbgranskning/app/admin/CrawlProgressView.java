package se.webbgranskning.app.admin;

import java.util.List;
import java.util.Map;

import se.webbgranskning.crawl.index.SiteCounts;
import se.webbgranskning.crawl.index.SiteRow;

/** A crawl round as its page shows it: how far it has come, and each municipality's result. */
public record CrawlProgressView(String roundId, boolean running, List<Site> sites) {

    /** One municipality's crawl: status, documents and failures so far, and what limits cut it short. */
    public record Site(SiteRow row, int documents, int failures) {

        public String statusLabel() {
            return switch (row.status()) {
                case "pending" -> "Väntar";
                case "running" -> "Pågår";
                case "done" -> "Klar";
                case "failed" -> "Avbruten";
                default -> row.status();
            };
        }

        public boolean finished() {
            return row.status().equals("done") || row.status().equals("failed");
        }
    }

    public static CrawlProgressView of(String roundId, boolean running, List<SiteRow> rows,
                                       Map<String, SiteCounts> counts) {
        return new CrawlProgressView(roundId, running, rows.stream().map(row -> {
            SiteCounts count = counts.getOrDefault(row.kommunkod(), new SiteCounts(row.kommunkod(), 0, 0));
            return new Site(row, count.documents(), count.failures());
        }).toList());
    }

    public long finished() {
        return sites.stream().filter(Site::finished).count();
    }

    public int documents() {
        return sites.stream().mapToInt(Site::documents).sum();
    }

    public int failures() {
        return sites.stream().mapToInt(Site::failures).sum();
    }
}
