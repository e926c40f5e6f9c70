package se.webbgranskning.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChecklistLoaderTest {

    @Test
    void readsEveryPartOfAnEdition() {
        Checklist checklist = TestChecklists.small();

        assertThat(checklist.id()).isEqualTo("test-small");
        assertThat(checklist.title()).isEqualTo("Testchecklista");
        assertThat(checklist.year()).isEqualTo(2026);
        assertThat(checklist.scale().values()).containsExactly(2, 1, 0);
        assertThat(checklist.scale().maxValue()).isEqualTo(2);
        assertThat(checklist.scale().level(1)).map(ScaleLevel::label).contains("delvis");
        assertThat(checklist.scale().notApplicableLabel()).isEqualTo("ej tillämpligt");
        assertThat(checklist.areas()).extracting(Area::id).containsExactly("X", "Y");
        assertThat(checklist.area("X")).map(Area::weight).contains(new BigDecimal("3"));
        assertThat(checklist.items()).extracting(Item::id).containsExactly("X1", "X2", "Y1", "Y2");
    }

    @Test
    void readsAnItemWithItsGuidanceTipAndHints() {
        Item item = TestChecklists.small().item("X1").orElseThrow();

        assertThat(item.areaId()).isEqualTo("X");
        assertThat(item.question()).isEqualTo("Finns fråga ett?");
        assertThat(item.guidance()).containsEntry(2, "Helt.").containsEntry(1, "Delvis.").containsEntry(0, "Inte alls.");
        assertThat(item.tip()).isEqualTo(new Tip("Det spelar roll.", "Gör så här."));
        assertThat(item.precheck().terms()).containsExactly("hemtjänst");
        assertThat(item.precheck().patterns()).containsExactly("\\d+\\s*kr");
        assertThat(item.precheck().urlWords()).containsExactly("hemtjanst");
        assertThat(item.precheck().linkKinds()).containsExactly(LinkKind.E_SERVICE, LinkKind.PDF);
        assertThat(item.precheck().signals()).containsExactly(Signal.CLICK_DEPTH);
    }

    @Test
    void itemWeightDefaultsToOneAndNotApplicableOnlyWhereDeclared() {
        Checklist checklist = TestChecklists.small();

        assertThat(checklist.item("X1").orElseThrow().weight()).isEqualTo(BigDecimal.ONE);
        assertThat(checklist.item("Y2").orElseThrow().weight()).isEqualTo(new BigDecimal("2"));
        assertThat(checklist.items()).filteredOn(Item::allowsNotApplicable).extracting(Item::id)
                .containsExactly("Y1", "Y2");
        assertThat(checklist.item("Y1").orElseThrow().notApplicable())
                .contains(new NotApplicableRule("Kommunen erbjuder det inte."));
    }

    @Test
    void itemWithoutPrecheckHasEmptyHints() {
        PrecheckHints hints = TestChecklists.small().item("X2").orElseThrow().precheck();

        assertThat(List.of(hints.terms(), hints.patterns(), hints.urlWords())).allMatch(List::isEmpty);
        assertThat(hints.linkKinds()).isEmpty();
        assertThat(hints.signals()).isEmpty();
    }
}
