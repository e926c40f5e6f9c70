package se.webbgranskning.app.scoring;

import java.util.stream.Collectors;

import se.webbgranskning.scoring.MunicipalityRanking;

/** Swedish notes that accompany a result table. */
final class ResultNotes {

    private ResultNotes() {
    }

    static String sizeClassRanksMissing(MunicipalityRanking.Table table) {
        int missing = table.withoutSizeClass().size();
        String examples = table.withoutSizeClass().stream().limit(5)
                .map(municipality -> municipality.code() + " " + municipality.name())
                .collect(Collectors.joining(", "));
        return "Obs: rang inom storleksklass är inte beräknad, eftersom folkmängd saknas för " + missing
                + " av de " + table.entries().size() + " rankade kommunerna (" + examples + (missing > 5 ? ", …" : "")
                + "). Läs in SCB:s folkmängdstabell med 'webbgranskning municipalities import-population FIL'.";
    }
}
