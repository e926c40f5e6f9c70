package se.webbgranskning.checklist;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of links the pre-check recognises; the checklist file names them by {@link #key()}. */
public enum LinkKind {
    E_SERVICE("e-service"),
    APPLICATION_FORM("application-form"),
    EASY_TO_READ("easy-to-read"),
    OTHER_LANGUAGES("other-languages"),
    SIGN_LANGUAGE("sign-language"),
    READ_ALOUD("read-aloud"),
    ACCESSIBILITY_STATEMENT("accessibility-statement"),
    PROVIDER_LIST("provider-list"),
    FEE_CALCULATOR("fee-calculator"),
    COMPLAINT_FORM("complaint-form"),
    PDF("pdf");

    private final String key;

    LinkKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<LinkKind> fromKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}
