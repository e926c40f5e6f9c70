package se.webbgranskning.app.crawl;

import se.webbgranskning.app.cli.CliFailure;
import se.webbgranskning.app.db.Database;
import se.webbgranskning.app.db.DatabaseSettings;
import se.webbgranskning.crawl.index.PageIndex;

/** Opens the page index of a data directory for the commands that read crawl rounds, never creating one. */
final class CrawlIndexes {

    private CrawlIndexes() {
    }

    /**
     * The index of the database holding {@code round}; a failure naming what to do when there is no database
     * ({@code noDatabaseAdvice}) or no such round (the rounds there are listed).
     */
    static PageIndex withRound(DatabaseSettings database, String round, String noDatabaseAdvice) {
        PageIndex index = new PageIndex(Database.openIfExists(database).orElseThrow(() -> CliFailure.failure(
                "Det finns ingen databas i " + database.location() + noDatabaseAdvice)));
        if (!index.roundExists(round)) {
            throw CliFailure.failure("Omgången " + round + " finns inte i " + database.location() + ". Omgångar: "
                    + String.join(", ", index.roundIds()));
        }
        return index;
    }
}
