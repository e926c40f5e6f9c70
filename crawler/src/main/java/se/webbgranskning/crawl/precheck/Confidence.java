package se.webbgranskning.crawl.precheck;

/**
 * How sure a suggestion is, 0–1, from what was checked, deterministic and explainable: a "likely present" with
 * evidence from many rules is surer than one from few; a "partly" that met most checks is surer of being partly
 * than one that met none; a "not found" is surer the more pages were searched, and unsure when the snapshot is
 * empty (nothing was searched at all).
 */
final class Confidence {

    private Confidence() {
    }

    /**
     * @param met         checks met (requirements, signals, the term count)
     * @param checks      checks made
     * @param rulesFired  different rules that found something
     * @param pagesSearched pages in the item's scope
     * @param emptySnapshot whether the snapshot has no pages with text
     */
    static double of(Verdict verdict, int met, int checks, int rulesFired, int pagesSearched, boolean emptySnapshot) {
        double value = switch (verdict) {
            case LIKELY_PRESENT -> 0.6 + 0.35 * Math.min(1.0, rulesFired / 8.0);
            case PARTLY -> 0.35 + 0.4 * (checks == 0 ? 0 : (double) Math.max(0, met) / checks);
            case NOT_FOUND -> emptySnapshot ? 0.1 : 0.5 + 0.4 * Math.min(1.0, pagesSearched / 10.0);
        };
        return Math.round(value * 100) / 100.0;
    }
}
