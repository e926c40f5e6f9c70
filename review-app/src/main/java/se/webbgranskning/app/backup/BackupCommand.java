package se.webbgranskning.app.backup;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;

/** {@code backup --to DIR}: a consistent copy of a data directory, also while the app runs on it. */
@Command(name = "backup", description = {
        "Säkerhetskopiera en datakatalog: databasen, WARC-filerna och ett manifest med kontrollsummor.",
        "%nFungerar medan appen eller en genomsökning använder katalogen: databasen läses i en enda ögonblicksbild"
                + " och varje WARC-fil kopieras med åtminstone de poster som ögonblicksbildens sidindex pekar på."
                + " Målkatalogen måste vara ny eller tom."})
public final class BackupCommand implements Runnable {

    @Mixin
    private HelpOptions help;

    @Mixin
    private DataDirectoryOption data;

    @Option(names = "--to", required = true, paramLabel = "KATALOG",
            description = "Ny eller tom katalog som säkerhetskopian skrivs till.")
    private Path target;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        Path to = target.toAbsolutePath().normalize();
        Manifest manifest = new Backup(Clock.systemUTC()).write(data.storage(), to);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Säkerhetskopian är skriven till %s (ögonblicksbild %s, databasschema version %s):%n", to,
                manifest.createdAt(), manifest.schemaVersion());
        out.printf("  %d tabeller med %d rader, %d WARC-filer med %d byte, %d filer i manifestet.%n",
                manifest.tables().size(), manifest.totalRows(), manifest.warcFiles().size(),
                manifest.warcFiles().stream().mapToLong(Manifest.BackupFile::bytes).sum(), manifest.files().size());
        out.printf("Återställ med: webbgranskning restore --from %s --data NY-KATALOG%n", to);
        out.flush();
    }
}
