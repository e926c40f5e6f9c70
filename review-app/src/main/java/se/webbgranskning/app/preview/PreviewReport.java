package se.webbgranskning.app.preview;

import java.util.List;
import java.util.Optional;

import se.webbgranskning.app.review.ReviewRound;

/**
 * A finished preview as the municipality sees it: every item, what changed since the previous finished preview,
 * and the published round whose good examples are linked (none before any round is published).
 */
public record PreviewReport(PreviewRun run, Optional<PreviewRun> previous, List<PreviewItem> items,
                            Optional<ReviewRound> examplesFrom) {

    public PreviewReport {
        items = List.copyOf(items);
    }

    public long presentCount() {
        return items.stream().filter(PreviewItem::present).count();
    }

    public long changedCount(String change) {
        return items.stream().filter(item -> item.change().filter(change::equals).isPresent()).count();
    }
}
