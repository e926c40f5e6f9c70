package se.webbgranskning.app.municipalities;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

import se.webbgranskning.municipality.Population;
import se.webbgranskning.municipality.PopulationImport;

/**
 * Population figures imported into a data directory. Imports are appended, never overwritten; the newest is
 * the one every command uses.
 */
public final class PopulationStore {

    /** One stored import: its reference year, where it came from, when, and the figure per kommunkod. */
    public record StoredImport(long id, int year, String sourceName, OffsetDateTime importedAt,
            Map<String, Population> byCode) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public PopulationStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        jdbi.registerRowMapper(ConstructorMapper.factory(PopulationDao.ImportRow.class));
    }

    /** Stores a validated import in one transaction: either all its figures are there, or none. */
    public long save(PopulationImport population, String sourceName) {
        List<String> codes = List.copyOf(new TreeMap<>(population.byCode()).keySet());
        List<Long> inhabitants = codes.stream().map(code -> population.byCode().get(code).inhabitants()).toList();
        return jdbi.inTransaction(handle -> {
            PopulationDao dao = handle.attach(PopulationDao.class);
            long id = dao.insertImport(population.year(), sourceName,
                    OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), codes.size());
            dao.insertFigures(id, codes, inhabitants);
            return id;
        });
    }

    public Optional<StoredImport> latest() {
        return jdbi.withExtension(PopulationDao.class, dao -> dao.latestImport().map(row -> {
            Map<String, Population> byCode = new TreeMap<>();
            dao.figures(row.id()).forEach((code, count) -> byCode.put(code, new Population(count, row.referenceYear())));
            return new StoredImport(row.id(), row.referenceYear(), row.sourceName(), row.importedAt(), byCode);
        }));
    }
}
