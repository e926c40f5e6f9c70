package se.webbgranskning.app.scoring;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.webbgranskning.app.checklist.ChecklistSource;
import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.cli.DataDirectoryOption;
import se.webbgranskning.app.cli.HelpOptions;
import se.webbgranskning.app.cli.InputFiles;
import se.webbgranskning.app.cli.OutputFiles;
import se.webbgranskning.app.municipalities.LoadedRegistry;
import se.webbgranskning.app.municipalities.RegistryOptions;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.municipality.Municipality;
import se.webbgranskning.scoring.Delindex1;
import se.webbgranskning.scoring.MunicipalityRanking;
import se.webbgranskning.scoring.Score;
import se.webbgranskning.scoring.ScoringException;

/** {@code webbgranskning score}: Delindex 1, area fulfilments and ranks from a file of item scores. */
@Command(name = "score", description = {
        "Beräkna Delindex 1 (0–100), uppfyllelse per område och rang från en poängfil.",
        "%nPoängfilen har en rad per kommun och punkt: kommunkod;punkt;poäng (0/1/2 eller na). Alla punkter måste"
                + " ha poäng: saknade poäng räknas aldrig som 0. Rang beräknas totalt och inom storleksklass."})
public final class ScoreCommand implements Runnable {

    /** Output formats; lower case so that they read naturally on the command line. */
    enum Format { csv, json }

    @Mixin
    private HelpOptions help;

    @Option(names = "--checklist", required = true, paramLabel = "ID|FIL",
            description = "Checklistutgåva: id för en inbyggd utgåva (t.ex. delindex1-2026) eller en YAML-fil.")
    private String checklistReference;

    @Option(names = "--input", required = true, paramLabel = "FIL", description = "Poängfilen (kommunkod;punkt;poäng).")
    private Path input;

    @Option(names = "--output", paramLabel = "FIL", description = "Skriv resultatet hit i stället för till standard ut.")
    private Path output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (semikolon, UTF-8 med BOM, decimalkomma; standard) eller json.")
    private Format format;

    @Mixin
    private DataDirectoryOption data;

    @Mixin
    private RegistryOptions registryOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        Checklist checklist = ChecklistSource.resolve(checklistReference);
        LoadedRegistry loaded = registryOptions.load(data.database());
        ScoreSheet.Result sheet = ScoreSheet.read(readInput(), checklist, loaded.registry());
        if (!sheet.problems().isEmpty()) {
            throw CliFailure.failure(summary("Poängfilen " + input.getFileName() + " är ogiltig", sheet.problems()));
        }
        MunicipalityRanking.Table table = MunicipalityRanking.rank(results(checklist, loaded, sheet.scores()));
        String rendered = format == Format.json
                ? ResultJson.render(checklist, table)
                : ResultCsv.render(checklist, table);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
        } else {
            OutputFiles.writeAtomically(output, rendered);
            spec.commandLine().getOut().printf("Resultat för %d kommuner skrivet till %s.%n",
                    table.entries().size(), output);
            spec.commandLine().getOut().flush();
        }
        if (!table.sizeClassRanksComputed()) {
            spec.commandLine().getErr().println(ResultNotes.sizeClassRanksMissing(table));
            spec.commandLine().getErr().flush();
        }
    }

    private String readInput() {
        return InputFiles.readUtf8(input);
    }

    private static List<MunicipalityRanking.Entry> results(Checklist checklist, LoadedRegistry loaded,
            Map<String, Map<String, Score>> scores) {
        List<MunicipalityRanking.Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        scores.forEach((code, itemScores) -> {
            Municipality municipality = loaded.registry().byCode(code).orElseThrow();
            try {
                entries.add(new MunicipalityRanking.Entry(municipality, Delindex1.calculate(checklist, itemScores)));
            } catch (ScoringException e) {
                e.problems().forEach(problem -> problems.add(code + " " + municipality.name() + ": " + problem));
            }
        });
        if (!problems.isEmpty()) {
            throw CliFailure.failure(summary("Slutligt resultat kan inte beräknas", problems));
        }
        return entries;
    }

    private static String summary(String heading, List<String> problems) {
        int shown = Math.min(problems.size(), 50);
        StringBuilder text = new StringBuilder(heading).append(" (").append(problems.size()).append(" fel):");
        problems.subList(0, shown).forEach(problem -> text.append('\n').append(problem));
        if (problems.size() > shown) {
            text.append("\n… och ").append(problems.size() - shown).append(" fel till.");
        }
        return text.toString();
    }
}
