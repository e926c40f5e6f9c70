package se.webbgranskning.app.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exported CSV cells that a spreadsheet would run as formulas become text; numbers and plain text stay as they are. */
class SpreadsheetCellsTest {

    @Test
    void formulaStartsGetAnApostrophe() {
        assertThat(SpreadsheetCells.safe("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"))
                .containsExactly("'=cmd|' /C calc'!A0", "'+1+1", "'-2+3", "'@SUM(A1)", "'\t=1", "'\r=1");
    }

    @Test
    void numbersAndOrdinaryTextAreLeftAlone() {
        assertThat(SpreadsheetCells.safe("-3", "12,5", "-0.25", "0114", "Upplands Väsby", "", "a=b"))
                .containsExactly("-3", "12,5", "-0.25", "0114", "Upplands Väsby", "", "a=b");
    }
}
