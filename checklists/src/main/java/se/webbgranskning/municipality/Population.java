package se.webbgranskning.municipality;

/** A municipality's population on 31 December of {@code year} (SCB's reference date). */
public record Population(long inhabitants, int year) {

    public Population {
        if (inhabitants <= 0) {
            throw new IllegalArgumentException("folkmängden måste vara större än 0, inte " + inhabitants);
        }
        if (year < 1900 || year > 2100) {
            throw new IllegalArgumentException("orimligt år för folkmängd: " + year);
        }
    }
}
