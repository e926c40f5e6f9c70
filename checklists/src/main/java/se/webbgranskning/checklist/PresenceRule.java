package se.webbgranskning.checklist;

import java.util.List;

/**
 * What separates "likely present" from "partly" in the pre-check: every requirement met (or one sufficient
 * requirement), at least {@code minTerms} different terms or patterns of the item found, and every signal of the
 * item satisfied. {@code maxClickDepth} and {@code maxAgeMonths} parameterise the click-depth and last-updated
 * signals; {@code onOnePage} demands that the requirements are met together on one page.
 */
public record PresenceRule(
        int minTerms,
        boolean onOnePage,
        int maxClickDepth,
        int maxAgeMonths,
        List<Requirement> requires) {

    public static final int DEFAULT_MAX_CLICK_DEPTH = 3;
    public static final int DEFAULT_MAX_AGE_MONTHS = 12;
    /** Without requirements, two different terms are needed, so that one stray word never counts as present. */
    public static final int DEFAULT_MIN_TERMS = 2;
    /** With requirements, they say what "present" needs; no term count is added unless the file asks for one. */
    public static final int DEFAULT_MIN_TERMS_WITH_REQUIREMENTS = 0;

    public static final PresenceRule DEFAULT =
            new PresenceRule(DEFAULT_MIN_TERMS, false, DEFAULT_MAX_CLICK_DEPTH, DEFAULT_MAX_AGE_MONTHS, List.of());

    public PresenceRule {
        requires = List.copyOf(requires);
    }
}
