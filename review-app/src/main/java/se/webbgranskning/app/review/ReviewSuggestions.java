package se.webbgranskning.app.review;

import java.util.LinkedHashMap;
import java.util.Map;

import se.webbgranskning.app.NotFound;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.precheck.PassageDecision;
import se.webbgranskning.app.precheck.PassageKey;
import se.webbgranskning.app.precheck.PrecheckFeedback;
import se.webbgranskning.app.precheck.SnapshotSuggestions;
import se.webbgranskning.app.precheck.SuggestionPanel;
import se.webbgranskning.crawl.precheck.EvidencePassage;
import se.webbgranskning.crawl.precheck.ItemSuggestion;

/**
 * The pre-check in the review screen: each item's suggestion beside it (never as its score), and the reviewer's
 * one-action answers to a passage — use it as evidence, or dismiss it — recorded for the pre-check's precision.
 */
public final class ReviewSuggestions {

    private final Reviews reviews;
    private final SnapshotSuggestions suggestions;
    private final PrecheckFeedback feedback;

    public ReviewSuggestions(Reviews reviews, SnapshotSuggestions suggestions, PrecheckFeedback feedback) {
        this.reviews = reviews;
        this.suggestions = suggestions;
        this.feedback = feedback;
    }

    /** Item id → the suggestion with the decisions taken in this review, in checklist order. */
    public Map<String, SuggestionPanel> panels(Workspace workspace) {
        Map<PassageKey, PassageDecision> decisions = feedback.decisionsOf(workspace.review().reviewId());
        Map<String, SuggestionPanel> panels = new LinkedHashMap<>();
        snapshotSuggestions(workspace).forEach((itemId, suggestion) ->
                panels.put(itemId, SuggestionPanel.of(suggestion, decisions)));
        return panels;
    }

    /** Cites the passage as evidence for its item and records that it was accepted; returns the new evidence. */
    public Evidence accept(User user, long reviewId, String itemId, long pageId, int start) {
        Workspace workspace = reviews.openForChange(user, reviewId);
        ItemSuggestion suggestion = suggestion(workspace, itemId);
        EvidencePassage passage = passage(suggestion, pageId, start);
        Evidence cited = reviews.cite(user, reviewId, itemId, pageId, passage.quote(), passage.start());
        feedback.record(user, reviewId, suggestion, passage, PassageDecision.ACCEPTED);
        return cited;
    }

    public void dismiss(User user, long reviewId, String itemId, long pageId, int start) {
        Workspace workspace = reviews.openForChange(user, reviewId);
        ItemSuggestion suggestion = suggestion(workspace, itemId);
        feedback.record(user, reviewId, suggestion, passage(suggestion, pageId, start), PassageDecision.DISMISSED);
    }

    private Map<String, ItemSuggestion> snapshotSuggestions(Workspace workspace) {
        return suggestions.of(workspace.round().crawlRoundId(), workspace.review().kommunkod(),
                workspace.checklist());
    }

    private ItemSuggestion suggestion(Workspace workspace, String itemId) {
        ItemSuggestion suggestion = snapshotSuggestions(workspace).get(itemId);
        if (suggestion == null) {
            throw new NotFound("Förkontrollen har inget förslag för fråga " + itemId + ".");
        }
        return suggestion;
    }

    private static EvidencePassage passage(ItemSuggestion suggestion, long pageId, int start) {
        return suggestion.evidence().stream()
                .filter(passage -> passage.pageId() == pageId && passage.start() == start)
                .findFirst()
                .orElseThrow(() -> new NotFound("Förkontrollen föreslår inte det stycket för fråga "
                        + suggestion.itemId() + "."));
    }
}
