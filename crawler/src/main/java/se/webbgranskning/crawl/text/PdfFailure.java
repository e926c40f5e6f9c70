package se.webbgranskning.crawl.text;

/** Why no text could be read from a PDF. */
public enum PdfFailure {
    /** The bytes do not start like a PDF (often an HTML error page served as .pdf). */
    NOT_A_PDF,
    /** Broken, truncated or hostile; the parser gave up. */
    CORRUPT,
    /** Needs a password to open, or forbids text extraction. */
    ENCRYPTED,
    /** Larger than {@link PdfLimits#maxBytes()}; not parsed. */
    TOO_LARGE,
    /** Took longer than {@link PdfLimits#maxTime()}. */
    TIMEOUT
}
