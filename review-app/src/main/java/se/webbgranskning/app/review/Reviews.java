package se.webbgranskning.app.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.NotFound;
import se.webbgranskning.app.UserError;
import se.webbgranskning.app.audit.AuditLog;
import se.webbgranskning.app.auth.Role;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.snapshot.Snapshots;
import se.webbgranskning.checklist.Checklist;
import se.webbgranskning.checklist.Item;

/** A reviewer's work on their reviews: reading, saving answers, citing evidence, submitting. */
public final class Reviews {

    /** A review in a reviewer's list. */
    public record Listed(long reviewId, String roundName, String kommunkod, String municipalityName,
                         boolean second, ReviewStatus status, int scoredItems, int totalItems) {
    }

    private final Jdbi jdbi;
    private final ChecklistEditions editions;
    private final Snapshots snapshots;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<Long, ReviewRound> rounds = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();

    public Reviews(Jdbi jdbi, ChecklistEditions editions, Snapshots snapshots, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.editions = editions;
        this.snapshots = snapshots;
        this.audit = audit;
        this.clock = clock;
    }

    /** "Mina kommuner": the reviews assigned to this reviewer, newest round first. */
    public List<Listed> assignedTo(User reviewer) {
        return jdbi.withHandle(handle -> ReviewReads.reviewsOf(handle, reviewer.id()).stream()
                .map(own -> {
                    ReviewRound round = round(handle, own.reviewRoundId());
                    return new Listed(own.reviewId(), round.name(), own.kommunkod(),
                            municipalityName(handle, round, own.kommunkod()), Review.SECOND.equals(own.kind()),
                            own.status(), own.scoredItems(),
                            editions.require(round.checklistId()).items().size());
                })
                .toList());
    }

    /** The review as its reviewer (or an admin) sees it; anyone else is told it does not exist. */
    public Workspace open(User user, long reviewId) {
        Review review = readable(user, reviewId);
        return jdbi.withHandle(handle -> {
            ReviewRound round = round(handle, review.reviewRoundId());
            Checklist checklist = editions.require(round.checklistId());
            Map<String, ItemAnswer> answers = ReviewReads.answers(handle, reviewId).stream()
                    .collect(Collectors.toMap(ItemAnswer::itemId, Function.identity()));
            return new Workspace(review, round, checklist, municipalityName(handle, round, review.kommunkod()),
                    answers, ReviewReads.evidence(handle, reviewId));
        });
    }

    /** The workspace of a review the user may change now (her own, not submitted); refuses otherwise. */
    public Workspace openForChange(User user, long reviewId) {
        Workspace workspace = open(user, reviewId);
        requireWritable(user, workspace.review());
        return workspace;
    }

    /**
     * Saves one item's score and comment if nobody saved it since {@code expectedVersion}; otherwise nothing
     * is written and the outcome carries what is saved now, for the reviewer to compare.
     */
    public SaveOutcome save(User user, long reviewId, String itemId, String scoreKey, String comment,
                            int expectedVersion) {
        String text = comment == null ? "" : comment.strip();
        if (text.length() > 4000) {
            throw new UserError("Kommentaren får vara högst 4000 tecken (den är " + text.length() + ").");
        }
        // One handle for the whole save, and only the review and its checklist read: a save is the most frequent
        // request, and neither the answers and evidence a workspace reads nor a second connection are needed.
        return jdbi.inTransaction(handle -> {
            Review review = readable(handle, user, reviewId);
            requireWritable(user, review);
            Checklist checklist = editions.require(round(handle, review.reviewRoundId()).checklistId());
            Item item = checklist.item(itemId)
                    .orElseThrow(() -> new UserError("Frågan " + itemId + " finns inte i checklistan."));
            String score = ScoreKeys.validOrNull(checklist, item, scoreKey);
            ItemAnswer before = ReviewReads.answer(handle, reviewId, itemId).orElse(ItemAnswer.empty(itemId));
            if (before.version() != expectedVersion) {
                return new SaveOutcome.Conflict(before);
            }
            // stored as it is returned: both databases keep microseconds
            OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
            boolean written = before.version() == 0
                    ? AnswerWrites.insert(handle, reviewId, itemId, score, text, user.username(), now)
                    : AnswerWrites.update(handle, reviewId, itemId, score, text, user.username(), now,
                            expectedVersion);
            if (!written) {
                return new SaveOutcome.Conflict(ReviewReads.answer(handle, reviewId, itemId).orElse(before));
            }
            long scored = AnswerWrites.moveScoredCount(handle, reviewId,
                    (score != null ? 1 : 0) - (before.scored() ? 1 : 0));
            if (review.status() == ReviewStatus.NOT_STARTED) {
                AnswerWrites.startIfNotStarted(handle, reviewId);
            }
            audit.record(handle, user.username(), "svar sparat", subject(reviewId), itemId, describe(before),
                    describe(score, text));
            ItemAnswer saved = new ItemAnswer(itemId, score, text, before.version() + 1, user.username(), now);
            return new SaveOutcome.Saved(saved, scored, checklist.items().size());
        });
    }

    /** Cites a passage of a snapshot page for an item; the quote must occur in the page's extracted text. */
    public Evidence cite(User user, long reviewId, String itemId, long pageId, String quote, int hint) {
        Workspace workspace = open(user, reviewId);
        requireWritable(user, workspace.review());
        snapshots.page(workspace.round().crawlRoundId(), workspace.review().kommunkod(), pageId)
                .orElseThrow(() -> new NotFound("Sidan finns inte i kommunens ögonblicksbild."));
        String pageText = snapshots.text(pageId);
        workspace.checklist().item(itemId)
                .orElseThrow(() -> new UserError("Frågan " + itemId + " finns inte i checklistan."));
        if (quote == null || quote.strip().isEmpty()) {
            throw new UserError("Markera eller klistra in ett stycke ur sidans text att citera.");
        }
        if (quote.strip().length() > QuoteLocator.MAX_QUOTE) {
            throw new UserError("Citatet är för långt (högst " + QuoteLocator.MAX_QUOTE + " tecken). Välj ett kortare"
                    + " stycke.");
        }
        QuoteLocator.Located located = QuoteLocator.locate(pageText, quote, hint).orElseThrow(() -> new UserError(
                "Citatet finns inte i sidans text. Markera texten i textvyn och försök igen."));
        return jdbi.inTransaction(handle -> {
            ReviewDao dao = handle.attach(ReviewDao.class);
            long id = dao.insertEvidence(reviewId, itemId, pageId, located.quote(), located.start(),
                    located.before(), located.after(), user.username(), OffsetDateTime.now(clock));
            audit.record(handle, user.username(), "belägg tillagt", subject(reviewId), itemId, null,
                    "sida " + pageId + ": " + located.quote());
            return ReviewReads.evidenceById(handle, id).orElseThrow();
        });
    }

    /** Removes a cited passage; returns it, so that the caller knows which item it belonged to. */
    public Evidence removeEvidence(User user, long reviewId, long evidenceId) {
        Workspace workspace = open(user, reviewId);
        requireWritable(user, workspace.review());
        Evidence cited = workspace.evidence().stream().filter(e -> e.evidenceId() == evidenceId).findFirst()
                .orElseThrow(() -> new NotFound("Belägget finns inte (det kan redan vara borttaget)."));
        jdbi.useTransaction(handle -> {
            handle.attach(ReviewDao.class).deleteEvidence(evidenceId, reviewId);
            audit.record(handle, user.username(), "belägg borttaget", subject(reviewId), cited.itemId(),
                    "sida " + cited.pageId() + ": " + cited.quote(), null);
        });
        return cited;
    }

    /**
     * Submits the review when every item is scored. Items scored above zero without evidence need the
     * reviewer's confirmation; without it nothing changes and the outcome lists them.
     */
    public SubmitOutcome submit(User user, long reviewId, boolean confirmedWithoutEvidence) {
        Workspace workspace = open(user, reviewId);
        requireWritable(user, workspace.review());
        if (!workspace.unscored().isEmpty()) {
            return new SubmitOutcome.Incomplete(workspace.unscored());
        }
        if (!workspace.positiveWithoutEvidence().isEmpty() && !confirmedWithoutEvidence) {
            return new SubmitOutcome.NeedsConfirmation(workspace.positiveWithoutEvidence());
        }
        jdbi.useTransaction(handle -> {
            handle.attach(ReviewDao.class).setStatus(reviewId, ReviewStatus.SUBMITTED.key(),
                    OffsetDateTime.now(clock));
            audit.record(handle, user.username(), "granskning inskickad", subject(reviewId), null,
                    workspace.review().status().key(), ReviewStatus.SUBMITTED.key());
        });
        return new SubmitOutcome.Submitted();
    }

    /**
     * An admin opens a submitted review again for changes, with a reason for the audit log. Results computed from
     * the review stop counting as final until it is submitted again. Not while the round's results are
     * published: the publication is withdrawn first.
     */
    public void reopen(User admin, long reviewId, String reason) {
        if (admin.role() != Role.ADMIN) {
            throw new NotFound("Granskningen finns inte.");
        }
        Review review = readable(admin, reviewId);
        if (!review.submitted()) {
            throw new UserError("Granskningen är inte inskickad och behöver inte öppnas igen.");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 2000) {
            throw new UserError("Skriv varför granskningen öppnas igen (högst 2000 tecken): skälet loggas.");
        }
        jdbi.useTransaction(handle -> {
            ReviewDao dao = handle.attach(ReviewDao.class);
            if (ReviewReads.round(handle, review.reviewRoundId()).orElseThrow().published()) {
                throw new UserError("Omgångens resultat är publicerade. Dra tillbaka publiceringen innan en"
                        + " granskning öppnas igen.");
            }
            dao.setStatus(reviewId, ReviewStatus.IN_PROGRESS.key(), null);
            audit.record(handle, admin.username(), "granskning återöppnad", subject(reviewId), null,
                    ReviewStatus.SUBMITTED.key(), ReviewStatus.IN_PROGRESS.key() + ": " + why);
        });
    }

    // A round and the names its crawl recorded never change: read once, not for every view and save.
    private ReviewRound round(Handle handle, long roundId) {
        return rounds.computeIfAbsent(roundId, id -> ReviewReads.round(handle, id).orElseThrow());
    }

    private String municipalityName(Handle handle, ReviewRound round, String kommunkod) {
        return names.computeIfAbsent(round.reviewRoundId() + "/" + kommunkod,
                key -> ReviewReads.municipalityName(handle, round.reviewRoundId(), kommunkod).orElse(kommunkod));
    }

    private Review readable(User user, long reviewId) {
        return jdbi.withHandle(handle -> readable(handle, user, reviewId));
    }

    private static Review readable(Handle handle, User user, long reviewId) {
        Review review = ReviewReads.review(handle, reviewId)
                .orElseThrow(() -> new NotFound("Granskningen finns inte."));
        boolean own = user.role() == Role.REVIEWER && review.reviewerId() == user.id();
        if (!own && user.role() != Role.ADMIN) {
            throw new NotFound("Granskningen finns inte.");
        }
        return review;
    }

    private static void requireWritable(User user, Review review) {
        if (review.reviewerId() != user.id()) {
            throw new UserError("Bara granskaren som har kommunen kan ändra granskningen.");
        }
        if (review.submitted()) {
            throw new UserError("Granskningen är inskickad och kan inte ändras. Be projektledaren öppna den igen.");
        }
    }

    private static String subject(long reviewId) {
        return "granskning " + reviewId;
    }

    private static String describe(ItemAnswer answer) {
        return answer.version() == 0 ? null : describe(answer.score(), answer.comment());
    }

    private static String describe(String score, String comment) {
        return "poäng " + (score == null ? "–" : score) + (comment.isEmpty() ? "" : "; kommentar: " + comment);
    }
}
