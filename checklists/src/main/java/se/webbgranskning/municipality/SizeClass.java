package se.webbgranskning.municipality;

/**
 * The five size classes of DOMAIN.md by population; lower bound inclusive, upper exclusive
 * (15 000 belongs to the second class, 200 000 to the last).
 */
public enum SizeClass {
    UNDER_15K(0, "under 15 000"),
    FROM_15K_TO_30K(15_000, "15 000–29 999"),
    FROM_30K_TO_70K(30_000, "30 000–69 999"),
    FROM_70K_TO_200K(70_000, "70 000–199 999"),
    FROM_200K(200_000, "200 000 eller fler");

    private final long lowerBound;
    private final String label;

    SizeClass(long lowerBound, String label) {
        this.lowerBound = lowerBound;
        this.label = label;
    }

    public static SizeClass of(long inhabitants) {
        SizeClass found = UNDER_15K;
        for (SizeClass sizeClass : values()) {
            if (inhabitants >= sizeClass.lowerBound) {
                found = sizeClass;
            }
        }
        return found;
    }

    /** Swedish label for output, e.g. "30 000–69 999". */
    public String label() {
        return label;
    }
}
