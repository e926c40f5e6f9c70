package se.webbgranskning.crawl;

/** Why a URL of a municipality's site is not in the snapshot as a readable document. */
public enum FailureKind {
    TIMEOUT("timeout"),
    CONNECTION("connection"),
    UNKNOWN_HOST("unknownHost"),
    ADDRESS_REFUSED("addressRefused"),
    HTTP_4XX("http4xx"),
    HTTP_5XX("http5xx"),
    ROBOTS_DENIED("robotsDenied"),
    TOO_LARGE("tooLarge"),
    TRUNCATED("truncated"),
    UNPARSABLE("unparsable"),
    REDIRECT_LOOP("redirectLoop"),
    TOO_MANY_REDIRECTS("tooManyRedirects"),
    REDIRECT_OFF_SITE("redirectOffSite"),
    REDIRECT_INVALID("redirectInvalid"),
    INVALID_URL("invalidUrl"),
    STORAGE("storage");

    private final String key;

    FailureKind(String key) {
        this.key = key;
    }

    /** The name used in reports and the database. */
    public String key() {
        return key;
    }

    public static FailureKind fromKey(String key) {
        for (FailureKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("okänd feltyp: " + key);
    }
}
