package se.webbgranskning.crawl.run;

import java.util.List;

/** A finished crawl round: its id and how each municipality went. */
public record RoundResult(String roundId, List<SiteResult> sites) {

    public RoundResult {
        sites = List.copyOf(sites);
    }
}
