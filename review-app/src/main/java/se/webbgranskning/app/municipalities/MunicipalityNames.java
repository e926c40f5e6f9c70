package se.webbgranskning.app.municipalities;

import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.municipality.Municipality;
import se.webbgranskning.municipality.MunicipalityRegistry;

/**
 * The municipalities the app knows: those of the registry, and sites a crawl was pointed at with a code of
 * their own ({@code crawl --site}, the demo's fictional municipalities), named as the crawl recorded them.
 */
public final class MunicipalityNames {

    private final MunicipalityRegistry registry;
    private final Jdbi jdbi;

    public MunicipalityNames(MunicipalityRegistry registry, Jdbi jdbi) {
        this.registry = registry;
        this.jdbi = jdbi;
    }

    public Optional<String> name(String kommunkod) {
        return registry.byCode(kommunkod).map(Municipality::name).or(() -> crawledName(kommunkod));
    }

    public boolean known(String kommunkod) {
        return name(kommunkod).isPresent();
    }

    private Optional<String> crawledName(String kommunkod) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT s.name FROM crawl_site s"
                        + " JOIN crawl_round r ON r.round_id = s.round_id WHERE s.kommunkod = :code"
                        + " ORDER BY r.started_at DESC")
                .bind("code", kommunkod)
                .mapTo(String.class)
                .findFirst());
    }
}
