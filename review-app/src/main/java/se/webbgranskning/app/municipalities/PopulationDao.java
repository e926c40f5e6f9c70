package se.webbgranskning.app.municipalities;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for population imports (schema: V1__municipality_population.sql). */
interface PopulationDao {

    record ImportRow(long id, int referenceYear, String sourceName, OffsetDateTime importedAt) {
    }

    @SqlUpdate("""
            INSERT INTO population_import (reference_year, source_name, imported_at, municipality_count)
            VALUES (:year, :source, :importedAt, :count)""")
    @GetGeneratedKeys("id")
    long insertImport(@Bind("year") int year, @Bind("source") String source,
            @Bind("importedAt") OffsetDateTime importedAt, @Bind("count") int count);

    @SqlBatch("INSERT INTO municipality_population (import_id, kommunkod, inhabitants) VALUES (:importId, :code, :inhabitants)")
    void insertFigures(@Bind("importId") long importId, @Bind("code") List<String> codes,
            @Bind("inhabitants") List<Long> inhabitants);

    @SqlQuery("""
            SELECT id, reference_year, source_name, imported_at FROM population_import
            ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
    Optional<ImportRow> latestImport();

    @SqlQuery("SELECT kommunkod, inhabitants FROM municipality_population WHERE import_id = :importId")
    @KeyColumn("kommunkod")
    @ValueColumn("inhabitants")
    Map<String, Long> figures(@Bind("importId") long importId);
}
