package se.webbgranskning.app.db;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.app.config.ConfigKey;
import se.webbgranskning.app.db.transfer.DatabaseCopy;
import se.webbgranskning.app.db.transfer.TableCount;

/**
 * {@code db copy --from H2-DIR --to URL}: moves an embedded installation's database to another database, e.g. a
 * PostgreSQL server. The WARC files stay in the data directory; run the app with that directory and the new
 * database afterwards.
 */
@Command(name = "copy", description = {
        "Kopiera en inbyggd installations databas till en annan databas, t.ex. PostgreSQL.",
        "%nMålet anges med --to (eller --db / konfigurationen); användare och lösenord tas från konfigurationsfilen"
                + " eller miljön (WEBBGRANSKNING_DB_USER, WEBBGRANSKNING_DB_PASSWORD). Måldatabasen måste vara tom."
                + " WARC-filerna ligger kvar i datakatalogen: kör sedan appen med den katalogen och den nya databasen."})
public final class DbCopyCommand implements Runnable {

    @Mixin
    private HelpOptions help;

    @Mixin
    private DataDirectoryOption data;

    @Option(names = "--from", required = true, paramLabel = "KATALOG",
            description = "Datakatalogen vars inbyggda H2-databas kopieras.")
    private Path from;

    @Option(names = "--to", paramLabel = "JDBC-URL",
            description = "Måldatabasen, t.ex. jdbc:postgresql://127.0.0.1:5432/webbgranskning (standard: den"
                    + " konfigurerade databasen).")
    private String to;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        DatabaseSettings source = DatabaseSettings.embedded(from);
        if (!Files.exists(EmbeddedH2.databaseFile(source.dataDirectory()))) {
            throw CliFailure.usage("Det finns ingen inbyggd databas i " + source.dataDirectory() + ".");
        }
        DatabaseSettings target = data.configuration(to == null ? Map.of() : Map.of(ConfigKey.DB_URL, to)).database();
        if (target.embedded() && target.dataDirectory().equals(source.dataDirectory())) {
            throw CliFailure.usage("Källan och målet är samma databas. Ange målet med --to, --db eller --data.");
        }
        List<TableCount> copied;
        try (DatabasePool sourcePool = Database.pool(source); DatabasePool targetPool = Database.pool(target)) {
            copied = DatabaseCopy.copy(sourcePool.dataSource(), targetPool.dataSource());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Kopierade %d tabeller med %d rader från %s till %s:%n", copied.size(),
                copied.stream().mapToLong(TableCount::rows).sum(), source.location(), target.location());
        copied.forEach(table -> out.printf("  %-28s %10d%n", table.table(), table.rows()));
        out.flush();
    }
}
