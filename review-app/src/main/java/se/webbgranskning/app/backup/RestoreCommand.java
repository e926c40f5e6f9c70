package se.webbgranskning.app.backup;

import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;

/** {@code restore --from DIR --data NEWDIR}: a backup back into a new data directory. */
@Command(name = "restore", description = {
        "Återställ en säkerhetskopia till en ny datakatalog.",
        "%nKontrollerar först varje fil mot manifestets storlek och SHA-256 och vägrar en skadad eller ofullständig"
                + " säkerhetskopia. Datakatalogen (--data) måste vara ny eller tom."})
public final class RestoreCommand implements Runnable {

    @Mixin
    private HelpOptions help;

    @Mixin
    private DataDirectoryOption data;

    @Option(names = "--from", required = true, paramLabel = "KATALOG",
            description = "Katalogen som 'webbgranskning backup' skrev.")
    private Path source;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        Path from = source.toAbsolutePath().normalize();
        Restore.Result result = new Restore().run(from, data.storage());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Säkerhetskopian från %s (ögonblicksbild %s) är återställd till %s:%n", from,
                result.manifest().createdAt(), data.directory());
        out.printf("  %d tabeller med %d rader, %d WARC-filer; alla kontrollsummor stämde.%n",
                result.tables().size(), result.manifest().totalRows(), result.manifest().warcFiles().size());
        out.printf("Kontrollera arkivet med: webbgranskning verify --data %s%n", data.directory());
        out.flush();
    }
}
