package se.webbgranskning.checklist;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The score levels every item is judged on, highest first, and the label of "not applicable". */
public record Scale(List<ScaleLevel> levels, String notApplicableLabel) {

    public Scale {
        levels = levels.stream().sorted(Comparator.comparingInt(ScaleLevel::value).reversed()).toList();
    }

    public int maxValue() {
        return levels.get(0).value();
    }

    public Optional<ScaleLevel> level(int value) {
        return levels.stream().filter(level -> level.value() == value).findFirst();
    }

    public List<Integer> values() {
        return levels.stream().map(ScaleLevel::value).toList();
    }
}
