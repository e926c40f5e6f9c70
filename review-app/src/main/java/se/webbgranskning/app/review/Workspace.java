package se.webbgranskning.app.review;

import java.util.List;
import java.util.Map;

import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;

/** Everything the review screen shows of one review: the checklist, the saved answers and the evidence. */
public record Workspace(Review review, ReviewRound round, Checklist checklist, String municipalityName,
                        Map<String, ItemAnswer> answers, List<Evidence> evidence) {

    public Workspace {
        answers = Map.copyOf(answers);
        evidence = List.copyOf(evidence);
    }

    public ItemAnswer answer(String itemId) {
        ItemAnswer answer = answers.get(itemId);
        return answer != null ? answer : ItemAnswer.empty(itemId);
    }

    public List<Evidence> evidenceFor(String itemId) {
        return evidence.stream().filter(cited -> cited.itemId().equals(itemId)).toList();
    }

    public long scoredCount() {
        return checklist.items().stream().filter(item -> answer(item.id()).scored()).count();
    }

    public List<Item> unscored() {
        return checklist.items().stream().filter(item -> !answer(item.id()).scored()).toList();
    }

    /** Items scored above zero with no evidence cited: the reviewer is asked to confirm these on submit. */
    public List<Item> positiveWithoutEvidence() {
        return checklist.items().stream()
                .filter(item -> answer(item.id()).scoreKey()
                        .filter(score -> !score.equals(ItemAnswer.NOT_APPLICABLE) && !score.equals("0")).isPresent())
                .filter(item -> evidenceFor(item.id()).isEmpty())
                .toList();
    }
}
