package se.webbgranskning.crawl.text;

/** Which rule decided how an HTML body was decoded, in the order the rules are tried. */
public enum CharsetSource {
    /** A UTF-8 or UTF-16 byte order mark at the start of the body. */
    BOM,
    /** The {@code charset} parameter of the HTTP Content-Type header. */
    HTTP_HEADER,
    /** {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} near the start of the body. */
    META_TAG,
    /** Nothing declared, but the bytes are valid UTF-8. */
    DETECTED_UTF8,
    /** Nothing declared and not valid UTF-8: the usual case for old Swedish sites. */
    FALLBACK_WINDOWS_1252
}
