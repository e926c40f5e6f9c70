package se.webbgranskning.app.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

import se.webbgranskning.checklist.Area;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;
import se.webbgranskning.municipality.Municipality;
import se.webbgranskning.municipality.SizeClass;
import se.webbgranskning.scoring.MunicipalityRanking;
import se.webbgranskning.scoring.Score;

/**
 * For every checklist item and size class: the share of final municipalities whose final score for the item is
 * 0 ("saknas"). A municipality where the item is not applicable is left out of that cell's denominator, so
 * "2 of 5" means two of the five municipalities the item applied to.
 */
public record ItemHeatMap(List<Column> columns, List<Row> rows) {

    /** How many of the most often missing items the page names above the table. */
    public static final int TOP_MISSING = 5;
    /** Colour bands of 20 percentage points each: heat-0 under 20 %, …, heat-4 from 80 % up to 100 %. */
    static final int BANDS = 5;
    private static final int MISSING = 0;

    /** A column: one size class, the municipalities without a known size class, or all. */
    public record Column(String label, int municipalities) {

        /** The label for a narrow header: it may wrap between words, never inside a number such as 15 000. */
        public String headerLabel() {
            return label.replaceAll("(\\d) (\\d)", "$1\u00a0$2");
        }
    }

    public record Row(Item item, Area area, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell over all final municipalities (the last column). */
        public Cell national() {
            return cells.get(cells.size() - 1);
        }
    }

    /** An area's rows, so that the table can group them under the area's name. */
    public record AreaRows(Area area, List<Row> rows) {

        public AreaRows {
            rows = List.copyOf(rows);
        }
    }

    /** {@code missing} of {@code applicable} municipalities scored 0; empty when the item applied to none. */
    public record Cell(int missing, int applicable) {

        public boolean isEmpty() {
            return applicable == 0;
        }

        public OptionalDouble percent() {
            return isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(100.0 * missing / applicable);
        }

        /** The colour band, 0–4, by exact integer arithmetic so that 20 % is always band 1. */
        public int band() {
            return isEmpty() ? -1 : Math.min(BANDS - 1, missing * BANDS / applicable);
        }

        public String cssClass() {
            return isEmpty() ? "heat-none" : "heat-" + band();
        }
    }

    public ItemHeatMap {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static ItemHeatMap of(RoundResults.Results results) {
        List<Column> columns = new ArrayList<>();
        List<Predicate<Municipality>> members = new ArrayList<>();
        List<Municipality> all = results.table().entries().stream()
                .map(MunicipalityRanking.RankedEntry::municipality).toList();
        for (SizeClass sizeClass : SizeClass.values()) {
            members.add(municipality -> municipality.sizeClass().equals(Optional.of(sizeClass)));
            columns.add(new Column(sizeClass.label(), count(all, members.get(members.size() - 1))));
        }
        Predicate<Municipality> unknown = municipality -> municipality.sizeClass().isEmpty();
        if (count(all, unknown) > 0) {
            members.add(unknown);
            columns.add(new Column("Okänd storlek", count(all, unknown)));
        }
        members.add(municipality -> true);
        columns.add(new Column("Alla", all.size()));

        Checklist checklist = results.checklist();
        List<Row> rows = new ArrayList<>();
        for (Item item : checklist.items()) {
            List<Cell> cells = members.stream().map(member -> cell(results, item, member)).toList();
            rows.add(new Row(item, checklist.area(item.areaId()).orElseThrow(), cells));
        }
        return new ItemHeatMap(columns, rows);
    }

    private static int count(List<Municipality> municipalities, Predicate<Municipality> member) {
        return (int) municipalities.stream().filter(member).count();
    }

    private static Cell cell(RoundResults.Results results, Item item, Predicate<Municipality> member) {
        int missing = 0;
        int applicable = 0;
        for (MunicipalityRanking.RankedEntry entry : results.table().entries()) {
            if (!member.test(entry.municipality())) {
                continue;
            }
            MunicipalityOutcome outcome = results.outcomes().get(entry.municipality().code());
            FinalScore score = outcome == null ? null : outcome.scores().get(item.id());
            if (score != null && score.score() instanceof Score.Points points) {
                applicable++;
                if (points.value() == MISSING) {
                    missing++;
                }
            }
        }
        return new Cell(missing, applicable);
    }

    /** The rows grouped by area, both in checklist order. */
    public List<AreaRows> byArea() {
        List<AreaRows> groups = new ArrayList<>();
        for (Row row : rows) {
            if (groups.isEmpty() || !groups.get(groups.size() - 1).area().equals(row.area())) {
                groups.add(new AreaRows(row.area(), rows.stream().filter(r -> r.area().equals(row.area())).toList()));
            }
        }
        return groups;
    }

    /**
     * The items missing most often nationally, highest share first; ties go to the item missing in more
     * municipalities, then to checklist order. Items never missing are left out, so the list may be shorter.
     */
    public List<Row> mostOftenMissing() {
        Comparator<Row> byShare = (a, b) -> Long.compare(
                (long) b.national().missing() * a.national().applicable(),
                (long) a.national().missing() * b.national().applicable());
        return rows.stream()
                .filter(row -> row.national().missing() > 0)
                .sorted(byShare.thenComparing(row -> -row.national().missing()))
                .limit(TOP_MISSING)
                .toList();
    }
}
