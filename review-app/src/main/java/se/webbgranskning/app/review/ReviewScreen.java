package se.webbgranskning.app.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.webbgranskning.app.snapshot.SnapshotPage;
import se.webbgranskning.app.web.Prerendered;
import se.webbgranskning.checklist.Item;

/**
 * The review screen's model: the review, the snapshot's pages (filtered by the search), the page shown, and
 * whether the signed-in user may change anything.
 */
public record ReviewScreen(Workspace workspace, Map<String, Prerendered> itemHeads, List<SnapshotPage> pages,
                           SnapshotPage selected, String pageText, Evidence highlighted, String query,
                           boolean editable, List<Item> needsConfirmation) {

    /** The page text split around a cited passage, so that the passage can be marked. */
    public record MarkedText(String before, String quote, String after) {
    }

    public ReviewScreen {
        pages = List.copyOf(pages);
        needsConfirmation = List.copyOf(needsConfirmation);
    }

    public long reviewId() {
        return workspace.review().reviewId();
    }

    public Optional<SnapshotPage> selectedPage() {
        return Optional.ofNullable(selected);
    }

    /** The page after the selected one in the list, for the "next page" shortcut. */
    public Optional<SnapshotPage> nextPage() {
        if (pages.isEmpty()) {
            return Optional.empty();
        }
        int index = selected == null ? -1 : pages.indexOf(selected);
        return Optional.of(pages.get((index + 1) % pages.size()));
    }

    /** The shown text with the cited passage marked, when a link to evidence on this page was followed. */
    public Optional<MarkedText> markedText() {
        if (highlighted == null || selected == null || highlighted.pageId() != selected.pageId()) {
            return Optional.empty();
        }
        int start = highlighted.quoteStart();
        int end = start + highlighted.quote().length();
        if (start < 0 || end > pageText.length() || !pageText.startsWith(highlighted.quote(), start)) {
            return Optional.empty();
        }
        return Optional.of(new MarkedText(pageText.substring(0, start), highlighted.quote(), pageText.substring(end)));
    }

    public String baseUrl() {
        return "/granskning/" + reviewId();
    }
}
