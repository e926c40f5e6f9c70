package se.webbgranskning.app.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.webbgranskning.app.precheck.PassageDecision;
import se.webbgranskning.app.precheck.PassageKey;
import se.webbgranskning.app.precheck.SuggestionPanel;
import se.webbgranskning.app.snapshot.SnapshotPage;
import se.webbgranskning.app.web.Prerendered;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.crawl.precheck.EvidencePassage;

/**
 * The review screen's model: the review, the snapshot's pages (filtered by the search), the page shown, the
 * pre-check's suggestion per item, and whether the signed-in user may change anything.
 *
 * @param highlighted       the cited passage a link asked to show, or null
 * @param requestedPassage  the pre-check passage a link asked to show, or null
 */
public record ReviewScreen(Workspace workspace, Map<String, Prerendered> itemHeads, List<SnapshotPage> pages,
                           SnapshotPage selected, String pageText, Evidence highlighted, String query,
                           boolean editable, List<Item> needsConfirmation, Map<String, SuggestionPanel> suggestions,
                           PassageKey requestedPassage) {

    public ReviewScreen {
        pages = List.copyOf(pages);
        needsConfirmation = List.copyOf(needsConfirmation);
        suggestions = Collections.unmodifiableMap(new LinkedHashMap<>(suggestions)); // checklist order
    }

    public Optional<SuggestionPanel> suggestion(String itemId) {
        return Optional.ofNullable(suggestions.get(itemId));
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

    /**
     * The shown text cut into pieces: the passage a link asked for first, then the pre-check's other passages on
     * this page that the reviewer has not dismissed, each marked with its item.
     */
    public List<TextMarks.Piece> textPieces() {
        List<TextMarks.Mark> marks = new ArrayList<>();
        if (selected != null && highlighted != null && highlighted.pageId() == selected.pageId()
                && pageText.startsWith(highlighted.quote(), Math.max(0, highlighted.quoteStart()))) {
            marks.add(new TextMarks.Mark(highlighted.quoteStart(), highlighted.quoteStart() + highlighted.quote().length(),
                    "cited", "Citerat belägg för " + highlighted.itemId(), true));
        }
        if (selected != null) {
            suggestions.values().forEach(panel -> panel.passages().stream()
                    .filter(passage -> passage.evidence().pageId() == selected.pageId())
                    .filter(passage -> passage.decision().filter(d -> d == PassageDecision.DISMISSED).isEmpty())
                    .forEach(passage -> marks.add(suggestedMark(panel.itemId(), passage.evidence()))));
        }
        marks.sort(Comparator.comparing((TextMarks.Mark mark) -> !mark.target()));
        return TextMarks.cut(pageText, marks);
    }

    private TextMarks.Mark suggestedMark(String itemId, EvidencePassage passage) {
        boolean requested = requestedPassage != null && requestedPassage.equals(PassageKey.of(itemId, passage));
        return new TextMarks.Mark(passage.start(), passage.start() + passage.quote().length(), "suggested",
                "Förkontrollen, " + itemId + ": " + passage.why(), requested);
    }

    /** The item the citation form starts on: the one whose passage or evidence a link asked to show. */
    public String citeItemId() {
        if (requestedPassage != null) {
            return requestedPassage.itemId();
        }
        return highlighted != null ? highlighted.itemId() : "";
    }

    public String baseUrl() {
        return "/granskning/" + reviewId();
    }
}
