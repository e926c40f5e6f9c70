package se.webbgranskning.app.results;

import static org.assertj.core.api.Assertions.assertThat;
import static se.webbgranskning.app.results.HandMadeResults.CHECKLIST;
import static se.webbgranskning.app.results.HandMadeResults.NA;
import static se.webbgranskning.app.results.HandMadeResults.points;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.webbgranskning.checklist.Item;

class ItemHeatMapTest {

    private static final long SMALL = 5_000;
    private static final long LARGE = 300_000;
    private static final int SMALL_COLUMN = 0;
    private static final int LARGE_COLUMN = 4;

    private static ItemHeatMap.Row row(ItemHeatMap map, String itemId) {
        return map.rows().stream().filter(row -> row.item().id().equals(itemId)).findFirst().orElseThrow();
    }

    @Test
    void aShareCountsZeroScoresAndLeavesNotApplicableOutOfTheDenominator() {
        ItemHeatMap map = ItemHeatMap.of(new HandMadeResults()
                .add("0001", SMALL, 2, Map.of("D2", points(0)))
                .add("0002", SMALL, 1, Map.of("D2", NA))
                .add("0003", SMALL, 1)
                .build());

        ItemHeatMap.Cell d2 = row(map, "D2").cells().get(SMALL_COLUMN);
        assertThat(d2.missing()).isEqualTo(1);
        assertThat(d2.applicable()).isEqualTo(2);
        assertThat(d2.percent()).hasValue(50.0);
        assertThat(row(map, "D2").national()).isEqualTo(new ItemHeatMap.Cell(1, 2));
        assertThat(row(map, "A1").national()).isEqualTo(new ItemHeatMap.Cell(0, 3));
    }

    @Test
    void eachSizeClassColumnCountsOnlyItsOwnMunicipalities() {
        ItemHeatMap map = ItemHeatMap.of(new HandMadeResults()
                .add("0001", SMALL, 2)
                .add("0002", LARGE, 2, Map.of("C2", points(0)))
                .build());

        assertThat(map.columns()).extracting(ItemHeatMap.Column::label).containsExactly("under 15 000",
                "15 000–29 999", "30 000–69 999", "70 000–199 999", "200 000 eller fler", "Alla");
        assertThat(map.columns()).extracting(ItemHeatMap.Column::municipalities).containsExactly(1, 0, 0, 0, 1, 2);
        assertThat(map.columns().get(1).headerLabel()).isEqualTo("15\u00a0000–29\u00a0999");
        List<ItemHeatMap.Cell> c2 = row(map, "C2").cells();
        assertThat(c2.get(SMALL_COLUMN)).isEqualTo(new ItemHeatMap.Cell(0, 1));
        assertThat(c2.get(1).isEmpty()).isTrue();
        assertThat(c2.get(1).percent()).isEmpty();
        assertThat(c2.get(1).cssClass()).isEqualTo("heat-none");
        assertThat(c2.get(LARGE_COLUMN)).isEqualTo(new ItemHeatMap.Cell(1, 1));
        assertThat(c2.get(5)).isEqualTo(new ItemHeatMap.Cell(1, 2));
    }

    @Test
    void municipalitiesWithoutPopulationGetAnUnknownSizeColumnBeforeAll() {
        ItemHeatMap map = ItemHeatMap.of(new HandMadeResults()
                .add("0001", SMALL, 2)
                .add("9901", 0, 0)
                .build());

        assertThat(map.columns()).extracting(ItemHeatMap.Column::label)
                .endsWith("200 000 eller fler", "Okänd storlek", "Alla");
        assertThat(map.columns().get(5).municipalities()).isEqualTo(1);
        assertThat(row(map, "A1").cells()).hasSize(7);
        assertThat(row(map, "A1").cells().get(5)).isEqualTo(new ItemHeatMap.Cell(1, 1));
        assertThat(row(map, "A1").national()).isEqualTo(new ItemHeatMap.Cell(1, 2));
    }

    @Test
    void rowsFollowTheChecklistAndKnowTheirArea() {
        ItemHeatMap map = ItemHeatMap.of(new HandMadeResults().add("0001", SMALL, 1).build());

        assertThat(map.rows()).extracting(row -> row.item().id())
                .containsExactlyElementsOf(CHECKLIST.items().stream().map(Item::id).toList());
        assertThat(row(map, "C3").area().id()).isEqualTo("C");
        assertThat(map.byArea()).extracting(group -> group.area().id()).containsExactly("A", "B", "C", "D", "E", "F");
        assertThat(map.byArea().get(3).rows()).extracting(row -> row.item().id())
                .containsExactly("D1", "D2", "D3", "D4");
    }

    @Test
    void colourBandsAreTwentyPointsWideWithTheLowerEdgeIncluded() {
        assertThat(new ItemHeatMap.Cell(0, 5).cssClass()).isEqualTo("heat-0");
        assertThat(new ItemHeatMap.Cell(19, 100).band()).isZero();
        assertThat(new ItemHeatMap.Cell(1, 5).band()).isEqualTo(1);
        assertThat(new ItemHeatMap.Cell(2, 5).band()).isEqualTo(2);
        assertThat(new ItemHeatMap.Cell(79, 100).band()).isEqualTo(3);
        assertThat(new ItemHeatMap.Cell(4, 5).band()).isEqualTo(4);
        assertThat(new ItemHeatMap.Cell(5, 5).cssClass()).isEqualTo("heat-4");
    }

    @Test
    void theMostOftenMissingAreRankedByShareThenCountAndNeverIncludeItemsNoOneMissed() {
        ItemHeatMap map = ItemHeatMap.of(new HandMadeResults()
                .add("0001", SMALL, 2, Map.of("F3", points(0), "C4", points(0), "D3", points(0), "B4", points(0),
                        "E3", points(0), "A4", points(0)))
                .add("0002", SMALL, 2, Map.of("F3", points(0), "C4", points(0), "D3", NA, "B4", points(0)))
                .add("0003", SMALL, 2, Map.of("F3", points(0), "D3", NA))
                .build());

        // F3 3 of 3; D3 1 of 1 (100 %, fewer municipalities); B4 and C4 2 of 3 (checklist order); A4, E3 1 of 3.
        assertThat(map.mostOftenMissing()).extracting(row -> row.item().id())
                .containsExactly("F3", "D3", "B4", "C4", "A4");

        ItemHeatMap fewMissing = ItemHeatMap.of(new HandMadeResults()
                .add("0001", SMALL, 2, Map.of("E2", points(0)))
                .build());
        assertThat(fewMissing.mostOftenMissing()).extracting(row -> row.item().id()).containsExactly("E2");
    }

    @Test
    void noFinalMunicipalitiesGiveEmptyCellsAndNoUnknownColumn() {
        ItemHeatMap map = ItemHeatMap.of(new HandMadeResults().build());

        assertThat(map.columns()).hasSize(6).allSatisfy(column -> assertThat(column.municipalities()).isZero());
        assertThat(map.rows()).hasSize(CHECKLIST.items().size())
                .allSatisfy(row -> assertThat(row.cells()).allMatch(ItemHeatMap.Cell::isEmpty));
        assertThat(map.mostOftenMissing()).isEmpty();
    }
}
