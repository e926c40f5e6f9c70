package se.webbgranskning.crawl.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.MessageHeaders;
import se.webbgranskning.crawl.FailureKind;

/**
 * The fields of the metadata record written with every capture: what the WARC files must say so the page index
 * can be rebuilt from them (which municipality, how the URL was reached, why it failed).
 */
record CaptureFields(String kommunkod, String purpose, Target target, Optional<FailureKind> failure,
                     Optional<String> failureReason) {

    static final String KOMMUNKOD = "kommunkod";
    static final String PURPOSE = "purpose";
    static final String DEPTH = "depth";
    static final String VIA = "via";
    static final String ANCHOR = "anchor";
    static final String FAILURE = "failure";
    static final String FAILURE_REASON = "failureReason";

    Map<String, String> toMap() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(KOMMUNKOD, kommunkod);
        fields.put(PURPOSE, purpose);
        fields.put(DEPTH, Integer.toString(target.depth()));
        if (target.parentUrl() != null) {
            fields.put(VIA, target.parentUrl());
        }
        if (target.anchor() != null && !target.anchor().isBlank()) {
            fields.put(ANCHOR, target.anchor());
        }
        failure.ifPresent(kind -> fields.put(FAILURE, kind.key()));
        failureReason.ifPresent(reason -> fields.put(FAILURE_REASON, reason));
        return fields;
    }

    static CaptureFields parse(String url, MessageHeaders fields) {
        int depth = fields.first(DEPTH).map(CaptureFields::integer).orElse(0);
        Target target = new Target(url, depth, fields.first(VIA).orElse(null), fields.first(ANCHOR).orElse(null));
        return new CaptureFields(fields.first(KOMMUNKOD).orElse(""), fields.first(PURPOSE).orElse("page"), target,
                fields.first(FAILURE).map(FailureKind::fromKey), fields.first(FAILURE_REASON));
    }

    private static int integer(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
