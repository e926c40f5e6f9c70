package se.webbgranskning.municipality;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The municipalities, by kommunkod. Immutable; {@link #withPopulations} gives a new registry. */
public final class MunicipalityRegistry {

    private static final String BUNDLED = "/municipalities/kommuner.csv";
    private static volatile MunicipalityRegistry bundled;

    private final Map<String, Municipality> byCode;

    private MunicipalityRegistry(Collection<Municipality> municipalities) {
        Map<String, Municipality> sorted = new TreeMap<>();
        municipalities.forEach(municipality -> sorted.put(municipality.code(), municipality));
        this.byCode = java.util.Collections.unmodifiableMap(sorted);
    }

    /** The registry bundled with the application (all 290 municipalities). */
    public static MunicipalityRegistry bundled() {
        MunicipalityRegistry registry = bundled;
        if (registry == null) {
            try (InputStream in = MunicipalityRegistry.class.getResourceAsStream(BUNDLED);
                 Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                registry = parse(reader, "kommuner.csv");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RegistryFormatException e) {
                // The bundled file is tested at build time; reaching this means a broken build.
                throw new IllegalStateException("Det inbyggda kommunregistret är ogiltigt:\n" + e.getMessage(), e);
            }
            bundled = registry;
        }
        return registry;
    }

    /**
     * Reads a registry in the format of the bundled {@code kommuner.csv}.
     *
     * @throws RegistryFormatException with every problem found, each naming the source and line
     */
    public static MunicipalityRegistry parse(Reader reader, String sourceName) throws RegistryFormatException {
        return new MunicipalityRegistry(RegistryCsv.read(reader, sourceName));
    }

    public List<Municipality> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Municipality> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public int size() {
        return byCode.size();
    }

    public Set<String> counties() {
        Set<String> counties = new TreeSet<>();
        byCode.values().forEach(municipality -> counties.add(municipality.county()));
        return counties;
    }

    public long countWithoutPopulation() {
        return byCode.values().stream().filter(municipality -> municipality.population().isEmpty()).count();
    }

    /** A new registry with these figures replacing the registry's own; every code must be in the registry. */
    public MunicipalityRegistry withPopulations(Map<String, Population> figures) {
        Map<String, Municipality> updated = new TreeMap<>(byCode);
        figures.forEach((code, figure) -> {
            Municipality municipality = byCode(code).orElseThrow(() ->
                    new IllegalArgumentException("kommunkoden " + code + " finns inte i registret"));
            updated.put(code, municipality.withPopulation(figure));
        });
        return new MunicipalityRegistry(updated.values());
    }
}
