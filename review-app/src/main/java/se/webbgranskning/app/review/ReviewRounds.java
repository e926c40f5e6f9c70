package se.webbgranskning.app.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.NotFound;
import se.webbgranskning.app.UserError;
import se.webbgranskning.app.audit.AuditLog;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.crawl.index.PageIndex;
import se.webbgranskning.crawl.index.SiteRow;

/** What the project lead does with review rounds: create them, assign municipalities, follow progress. */
public final class ReviewRounds {

    /** A review as listed, with its reviewer and how many items are scored. */
    public record Progress(long reviewId, String kommunkod, String municipalityName, String kind, long reviewerId,
                           String reviewerName, ReviewStatus status, int scoredItems) {
        public boolean second() {
            return Review.SECOND.equals(kind);
        }
    }

    private final Jdbi jdbi;
    private final PageIndex pageIndex;
    private final ChecklistEditions editions;
    private final AuditLog audit;
    private final Clock clock;

    public ReviewRounds(Jdbi jdbi, PageIndex pageIndex, ChecklistEditions editions, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.pageIndex = pageIndex;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    public ReviewRound create(String actor, String name, String crawlRoundId, String checklistId) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new UserError("Ge granskningsomgången ett namn (högst 200 tecken), t.ex. \"Delindex 1 2026\".");
        }
        if (crawlRoundId == null || !pageIndex.roundExists(crawlRoundId)) {
            throw new UserError("Genomsökningsomgången " + crawlRoundId + " finns inte. Välj en i listan.");
        }
        if (checklistId == null || editions.find(checklistId).isEmpty()) {
            throw new UserError("Checklistan " + checklistId + " finns inte. Välj en i listan.");
        }
        return jdbi.inTransaction(handle -> {
            ReviewDao dao = handle.attach(ReviewDao.class);
            if (ReviewReads.rounds(handle).stream().anyMatch(round -> round.name().equalsIgnoreCase(trimmed))) {
                throw new UserError("Det finns redan en granskningsomgång som heter " + trimmed + ".");
            }
            long id = dao.insertRound(trimmed, crawlRoundId, checklistId, actor, now());
            audit.record(handle, actor, "granskningsomgång skapad", "omgång " + id, null, null,
                    trimmed + " (" + crawlRoundId + ", " + checklistId + ")");
            return ReviewReads.round(handle, id).orElseThrow();
        });
    }

    public List<ReviewRound> rounds() {
        return jdbi.withHandle(ReviewReads::rounds);
    }

    public Optional<ReviewRound> round(long id) {
        return jdbi.withHandle(handle -> ReviewReads.round(handle, id));
    }

    /** The round a path names by its number; anything else is "not found". */
    public ReviewRound require(String pathId) {
        try {
            return round(Long.parseLong(pathId)).orElseThrow(ReviewRounds::absent);
        } catch (NumberFormatException e) {
            throw absent();
        }
    }

    private static NotFound absent() {
        return new NotFound("Granskningsomgången finns inte.");
    }

    /** The municipalities whose snapshots the round's crawl holds. */
    public List<SiteRow> municipalities(ReviewRound round) {
        return pageIndex.sites(round.crawlRoundId());
    }

    public List<Progress> progress(ReviewRound round) {
        return jdbi.withExtension(ReviewDao.class, dao -> dao.summariesOfRound(round.reviewRoundId())).stream()
                .map(s -> new Progress(s.reviewId(), s.kommunkod(), s.municipalityName(), s.kind(), s.reviewerId(),
                        s.reviewerName(), s.status(), s.scoredItems()))
                .toList();
    }

    /**
     * Assigns one municipality's first review to a reviewer; an existing assignment moves to the new reviewer.
     * The reviewer of its second review is refused: the two reviews must be independent.
     */
    public void assign(String actor, ReviewRound round, String kommunkod, User reviewer) {
        assign(actor, round, kommunkod, reviewer, Review.FIRST);
    }

    /**
     * Assigns one of a municipality's reviews: the first (created if missing) or, for a municipality drawn for
     * second review, the second. The two reviews of a municipality never go to the same reviewer.
     */
    public void assign(String actor, ReviewRound round, String kommunkod, User reviewer, String kind) {
        if (reviewer.role() != Role.REVIEWER || reviewer.disabled()) {
            throw new UserError(reviewer.displayName() + " är inte en aktiv granskare.");
        }
        if (municipalities(round).stream().noneMatch(site -> site.kommunkod().equals(kommunkod))) {
            throw new UserError("Kommun " + kommunkod + " finns inte i genomsökningsomgången "
                    + round.crawlRoundId() + ".");
        }
        String otherKind = Review.FIRST.equals(kind) ? Review.SECOND : Review.FIRST;
        jdbi.useTransaction(handle -> {
            ReviewDao dao = handle.attach(ReviewDao.class);
            Optional<Review> existing = ReviewReads.review(handle, round.reviewRoundId(), kommunkod, kind);
            Optional<Review> other = ReviewReads.review(handle, round.reviewRoundId(), kommunkod, otherKind);
            if (other.isPresent() && other.get().reviewerId() == reviewer.id()) {
                throw new UserError(reviewer.displayName() + " har redan kommunens "
                        + (Review.FIRST.equals(otherKind) ? "första" : "andra")
                        + " granskning. Samma person kan inte göra båda.");
            }
            String subject = "omgång " + round.reviewRoundId() + " kommun " + kommunkod;
            String label = Review.FIRST.equals(kind) ? "" : " (andra granskning)";
            if (existing.isEmpty()) {
                if (!Review.FIRST.equals(kind)) {
                    throw new UserError("Kommun " + kommunkod + " är inte lottad till andra granskning.");
                }
                dao.insertReview(round.reviewRoundId(), kommunkod, kind, reviewer.id(), now());
                audit.record(handle, actor, "kommun tilldelad" + label, subject, null, null, reviewer.username());
            } else if (existing.get().reviewerId() != reviewer.id()) {
                dao.reassign(existing.get().reviewId(), reviewer.id());
                audit.record(handle, actor, "kommun omfördelad" + label, subject, null,
                        Long.toString(existing.get().reviewerId()), reviewer.username());
            }
        });
    }

    /**
     * Spreads the round's unassigned municipalities over the reviewers so that everyone ends with as equal a
     * number of reviews as possible; existing assignments stay. Returns how many were assigned.
     */
    public int spreadEvenly(String actor, ReviewRound round, List<User> reviewers) {
        List<User> active = reviewers.stream().filter(u -> u.role() == Role.REVIEWER && !u.disabled()).toList();
        if (active.isEmpty()) {
            throw new UserError("Det finns inga aktiva granskare att fördela kommunerna på. Skapa konton först.");
        }
        List<Progress> current = progress(round);
        Map<Long, Integer> load = new HashMap<>();
        active.forEach(user -> load.put(user.id(), 0));
        current.forEach(p -> load.computeIfPresent(p.reviewerId(), (name, count) -> count + 1));
        List<String> unassigned = municipalities(round).stream().map(SiteRow::kommunkod)
                .filter(code -> current.stream().noneMatch(p -> !p.second() && p.kommunkod().equals(code)))
                .sorted().toList();
        for (String code : unassigned) {
            User least = active.stream()
                    .min(Comparator.comparingInt((User user) -> load.get(user.id()))
                            .thenComparing(User::username))
                    .orElseThrow();
            assign(actor, round, code, least);
            load.merge(least.id(), 1, Integer::sum);
        }
        return unassigned.size();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
