package se.webbgranskning.app.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text for CSV cells that Excel or LibreOffice will open: a cell starting with =, +, -, @, a tab or a carriage
 * return is taken as a formula there (CSV injection: a municipality name, round name or reason typed as
 * {@code =HYPERLINK(…)} would run). Such text gets a leading apostrophe, which the spreadsheet shows as text; plain
 * numbers, negative ones included, are left as they are.
 */
public final class SpreadsheetCells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private SpreadsheetCells() {
    }

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }

    public static List<String> safe(List<String> cells) {
        return cells.stream().map(SpreadsheetCells::safe).toList();
    }

    public static List<String> safe(String... cells) {
        return safe(Arrays.asList(cells));
    }
}
