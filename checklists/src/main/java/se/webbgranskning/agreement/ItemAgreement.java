package se.webbgranskning.agreement;

import java.util.Objects;

/** The agreement on one checklist item (e.g. "C2") over all double-reviewed municipalities of a round. */
public record ItemAgreement(String itemId, PairAgreement agreement) {

    public ItemAgreement {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(agreement, "agreement");
    }
}
