package se.webbgranskning.app.checklist;

import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.webbgranskning.app.cli.CommandGroup;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.checklist.BundledChecklists;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.ChecklistDiff;

/** {@code webbgranskning checklist list|show|validate|diff}. */
@Command(name = "checklist",
        description = "Checklistor för Delindex 1: lista, visa, validera och jämför utgåvor.",
        subcommands = {ChecklistCommand.List.class, ChecklistCommand.Show.class,
                ChecklistCommand.Validate.class, ChecklistCommand.Diff.class})
public final class ChecklistCommand extends CommandGroup {


    @Command(name = "list", description = "Lista de inbyggda checklistutgåvorna.")
    static final class List implements Runnable {
        @Mixin
        private HelpOptions help;

        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            for (String id : BundledChecklists.ids()) {
                Checklist checklist = BundledChecklists.load(id).orElseThrow();
                out.printf("%-20s %d  %s (%d punkter i %d områden)%n", checklist.id(), checklist.year(),
                        checklist.title(), checklist.items().size(), checklist.areas().size());
            }
            out.flush();
        }
    }

    @Command(name = "show", description = "Visa en checklista: områden, vikter och punkter.")
    static final class Show implements Runnable {
        @Mixin
        private HelpOptions help;

        @Parameters(index = "0", paramLabel = "ID|FIL", description = "Id för en inbyggd utgåva eller sökväg till en YAML-fil.")
        private String reference;

        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            ChecklistPrinter.print(ChecklistSource.resolve(reference), out);
            out.flush();
        }
    }

    @Command(name = "validate", description = "Validera en checklistfil och visa varje fel med punkt och fält.")
    static final class Validate implements Runnable {
        @Mixin
        private HelpOptions help;

        @Parameters(index = "0", paramLabel = "FIL", description = "YAML-filen som ska valideras.")
        private Path file;

        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            Checklist checklist = ChecklistSource.loadFile(file);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s är giltig: %s, %d punkter i %d områden.%n", file.getFileName(), checklist.id(),
                    checklist.items().size(), checklist.areas().size());
            out.flush();
        }
    }

    @Command(name = "diff", description = {
            "Jämför två utgåvor: tillagda, borttagna och ändrade punkter.",
            "%nJämförelser mellan år ska bara använda de punkter som listas som jämförbara."})
    static final class Diff implements Runnable {
        @Mixin
        private HelpOptions help;

        @Parameters(index = "0", paramLabel = "A", description = "Den äldre utgåvan (id eller fil).")
        private String from;

        @Parameters(index = "1", paramLabel = "B", description = "Den nyare utgåvan (id eller fil).")
        private String to;

        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            DiffPrinter.print(ChecklistDiff.between(ChecklistSource.resolve(from), ChecklistSource.resolve(to)), out);
            out.flush();
        }
    }
}
