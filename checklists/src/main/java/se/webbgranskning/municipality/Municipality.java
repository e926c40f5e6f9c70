package se.webbgranskning.municipality;

import java.net.URI;
import java.util.Optional;

/** One municipality of the registry; its size class is known only where its population is. */
public record Municipality(String code, String name, String countyCode, String county, URI website,
        Optional<Population> population) {

    public Optional<SizeClass> sizeClass() {
        return population.map(figure -> SizeClass.of(figure.inhabitants()));
    }

    public Municipality withPopulation(Population figure) {
        return new Municipality(code, name, countyCode, county, website, Optional.of(figure));
    }
}
