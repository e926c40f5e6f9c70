package se.webbgranskning.crawl.precheck;

import java.util.List;
import se.webbgranskning.checklist.Signal;

/**
 * What one structural signal found for an item: whether it is satisfied (as "likely present" needs), and the hits
 * that show it — or that show how far it got (a home-care page found four clicks deep).
 */
record SignalResult(Signal signal, boolean satisfied, List<Hit> hits) {

    SignalResult {
        hits = List.copyOf(hits);
    }

    static SignalResult none(Signal signal) {
        return new SignalResult(signal, false, List.of());
    }

    /** {@code signal:click-depth} when satisfied, {@code signal:click-depth:partly} when it found only part. */
    String rule() {
        return "signal:" + signal.key() + (satisfied ? "" : ":partly");
    }
}
