package se.webbgranskning.app.precheck;

import se.webbgranskning.crawl.precheck.EvidencePassage;

/** Names one evidence passage of an item's suggestion: the pre-check is deterministic, so this stays valid. */
public record PassageKey(String itemId, long pageId, int start) {

    public static PassageKey of(String itemId, EvidencePassage passage) {
        return new PassageKey(itemId, passage.pageId(), passage.start());
    }
}
