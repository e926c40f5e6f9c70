package se.webbgranskning.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The bundled project edition matches DOMAIN.md: six weighted areas, 31 items, "ej tillämpligt" where stated. */
class BundledChecklistTest {

    private final Checklist checklist = BundledChecklists.load("delindex1-2026").orElseThrow();

    @Test
    void isListedAndUnknownIdsAreNot() {
        assertThat(BundledChecklists.ids()).contains("delindex1-2026");
        assertThat(BundledChecklists.load("delindex1-1999")).isEmpty();
    }

    @Test
    void hasTheSixAreasWithTheirWeights() {
        assertThat(checklist.areas()).extracting(Area::id, Area::name, area -> area.weight().intValueExact()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", "Om hemtjänst", 15),
                org.assertj.core.groups.Tuple.tuple("B", "Ansökan och beslut", 20),
                org.assertj.core.groups.Tuple.tuple("C", "Avgifter", 20),
                org.assertj.core.groups.Tuple.tuple("D", "Valfrihet och utförare", 20),
                org.assertj.core.groups.Tuple.tuple("E", "Kontakt, inflytande och kvalitet", 15),
                org.assertj.core.groups.Tuple.tuple("F", "Tillgänglighet och aktualitet", 10));
    }

    @Test
    void hasAll31ItemsInOrderEachInTheAreaOfItsLetter() {
        assertThat(checklist.items()).extracting(Item::id).containsExactly(
                "A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "B5", "B6", "C1", "C2", "C3", "C4", "C5",
                "D1", "D2", "D3", "D4", "E1", "E2", "E3", "E4", "E5", "F1", "F2", "F3", "F4", "F5", "F6");
        assertThat(checklist.items()).allSatisfy(item -> {
            assertThat(item.areaId()).isEqualTo(item.id().substring(0, 1));
            assertThat(item.weight()).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(item.guidance()).containsOnlyKeys(2, 1, 0);
            assertThat(item.precheck().terms()).as("pre-check terms of %s", item.id()).isNotEmpty();
        });
    }

    @Test
    void notApplicableOnlyWhereDomainAllowsIt() {
        assertThat(checklist.items()).filteredOn(Item::allowsNotApplicable).extracting(Item::id)
                .containsExactly("A3", "D2", "D3", "D4");
    }

    @Test
    void usesTheZeroToTwoScale() {
        assertThat(checklist.scale().values()).containsExactly(2, 1, 0);
        assertThat(checklist.scale().levels()).extracting(ScaleLevel::label).containsExactly("uppfyllt", "delvis", "saknas");
        assertThat(checklist.scale().notApplicableLabel()).isEqualTo("ej tillämpligt");
    }

    @Test
    void structuralSignalsAreWhereThePreCheckNeedsThem() {
        assertThat(checklist.item("A5").orElseThrow().precheck().signals()).contains(Signal.CLICK_DEPTH);
        assertThat(checklist.item("B2").orElseThrow().precheck().linkKinds()).contains(LinkKind.E_SERVICE);
        assertThat(checklist.item("C2").orElseThrow().precheck().signals()).contains(Signal.KRONOR_AMOUNT, Signal.CURRENT_YEAR);
        assertThat(checklist.item("F5").orElseThrow().precheck().linkKinds()).contains(LinkKind.ACCESSIBILITY_STATEMENT);
        assertThat(checklist.item("F6").orElseThrow().precheck().signals()).contains(Signal.LAST_UPDATED_DATE);
    }
}
