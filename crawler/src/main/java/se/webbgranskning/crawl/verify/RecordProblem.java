package se.webbgranskning.crawl.verify;

import se.webbgranskning.crawl.index.IndexedRecord;

/** What is wrong with one WARC record the page index points at. */
public record RecordProblem(IndexedRecord record, Kind kind, String detail) {

    /** The kinds of damage, each with its Swedish label for reports. */
    public enum Kind {
        MISSING_FILE("saknad fil"),
        TRUNCATED("avkortad post"),
        DAMAGED("skadad post"),
        WRONG_RECORD("fel post"),
        DIGEST_MISMATCH("kontrollsumman stämmer inte");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One line for a report: where, what and why. */
    public String describe() {
        return record.location().file() + " @ " + record.location().offset() + " (" + record.url() + "): "
                + kind.label() + ": " + detail;
    }
}
