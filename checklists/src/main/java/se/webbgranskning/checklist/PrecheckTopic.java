package se.webbgranskning.checklist;

import java.util.List;

/**
 * The subject of a checklist edition as the pre-check sees it (for Delindex 1: home care). A page is about the
 * topic when its title or address names one of {@code terms}/{@code urlWords}, or its text mentions them at least
 * {@code minMentions} times. The topic's main page is the page named by {@code mainPageTerms}/{@code
 * mainPageUrlWords}: its click depth and the dates of the pages under it answer the click-depth and last-updated
 * signals. An edition without a topic ({@link #NONE}) lets the pre-check search every page.
 */
public record PrecheckTopic(
        List<String> terms,
        List<String> urlWords,
        int minMentions,
        List<String> mainPageTerms,
        List<String> mainPageUrlWords) {

    public static final int DEFAULT_MIN_MENTIONS = 2;

    public static final PrecheckTopic NONE = new PrecheckTopic(List.of(), List.of(), DEFAULT_MIN_MENTIONS, List.of(), List.of());

    public PrecheckTopic {
        terms = List.copyOf(terms);
        urlWords = List.copyOf(urlWords);
        mainPageTerms = List.copyOf(mainPageTerms);
        mainPageUrlWords = List.copyOf(mainPageUrlWords);
    }

    /** Whether the edition names a topic; without one every page counts as about it. */
    public boolean defined() {
        return !terms.isEmpty() || !urlWords.isEmpty();
    }
}
