package se.webbgranskning.app.results;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.jdbi.v3.core.Jdbi;

import se.webbgranskning.app.UserError;
import se.webbgranskning.app.audit.AuditLog;
import se.webbgranskning.app.auth.User;
import se.webbgranskning.app.review.ReviewRound;

/**
 * Publishing a round's results, which lets each municipality user see its own report. Only complete results are
 * published: every municipality of the round final. While published, nothing that changes a result is allowed
 * (reopening, deciding); the project lead withdraws the publication first, which is logged like publishing.
 */
public final class Publication {

    private final Jdbi jdbi;
    private final RoundResults results;
    private final AuditLog audit;
    private final Clock clock;

    public Publication(Jdbi jdbi, RoundResults results, AuditLog audit, Clock clock) {
        this.jdbi = jdbi;
        this.results = results;
        this.audit = audit;
        this.clock = clock;
    }

    public void publish(User admin, ReviewRound round) {
        if (round.published()) {
            throw new UserError("Omgångens resultat är redan publicerade.");
        }
        RoundResults.Results current = results.of(round);
        if (current.table().entries().isEmpty()) {
            throw new UserError("Omgången har inga slutliga resultat att publicera.");
        }
        if (!current.allFinal()) {
            int waiting = current.notFinal().size() + current.unscorable().size();
            throw new UserError(waiting + " kommuner har inget slutligt resultat ännu. Alla kommuner i omgången"
                    + " måste vara klara innan resultaten publiceras.");
        }
        jdbi.useTransaction(handle -> {
            handle.createUpdate("UPDATE review_round SET published_at = :at, published_by = :by"
                            + " WHERE review_round_id = :round AND published_at IS NULL")
                    .bind("at", OffsetDateTime.now(clock)).bind("by", admin.username())
                    .bind("round", round.reviewRoundId()).execute();
            audit.record(handle, admin.username(), "resultat publicerade", subject(round), null, null,
                    current.table().entries().size() + " kommuner");
        });
    }

    public void withdraw(User admin, ReviewRound round, String reason) {
        if (!round.published()) {
            throw new UserError("Omgångens resultat är inte publicerade.");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 2000) {
            throw new UserError("Skriv varför publiceringen dras tillbaka (högst 2000 tecken): skälet loggas.");
        }
        jdbi.useTransaction(handle -> {
            handle.createUpdate("UPDATE review_round SET published_at = NULL, published_by = NULL"
                            + " WHERE review_round_id = :round")
                    .bind("round", round.reviewRoundId()).execute();
            audit.record(handle, admin.username(), "publicering tillbakadragen", subject(round), null,
                    "publicerad " + round.publishedAt(), why);
        });
    }

    private static String subject(ReviewRound round) {
        return "omgång " + round.reviewRoundId();
    }
}
