package se.webbgranskning.app.db;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import org.h2.api.ErrorCode;

/**
 * What to tell a user whose database could not be opened at start, by the cause H2 reports: another program
 * holds the file, the file is damaged, or something else (with the database's own words). Flyway's multi-line
 * report and stack traces stay in the log.
 */
final class DatabaseOpenFailure {

    private DatabaseOpenFailure() {
    }

    static String message(Path dataDirectory, Exception failure) {
        String lead = "Databasen i " + dataDirectory + " kunde inte öppnas";
        Optional<SQLException> cause = SqlCauses.sqlException(failure);
        int code = cause.map(SQLException::getErrorCode).orElse(0);
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.LOCK_TIMEOUT_1) {
            return lead + ": ett annat program använder den redan.\n"
                    + "Kör inte två program mot samma datakatalog samtidigt.";
        }
        if (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.IO_EXCEPTION_1
                || code == ErrorCode.IO_EXCEPTION_2) {
            return lead + ": databasfilen " + EmbeddedH2.databaseFile(dataDirectory)
                    + " är skadad eller går inte att läsa.\n"
                    + "Återställ datakatalogen från en säkerhetskopia, eller starta med en ny datakatalog.";
        }
        String reason = cause.map(SQLException::getMessage).orElse(failure.getMessage());
        return lead + " eller uppdateras: " + firstLine(reason)
                + "\nKör inte två program mot samma datakatalog samtidigt.";
    }

    private static String firstLine(String text) {
        return text == null ? "okänt fel" : text.lines().findFirst().orElse(text);
    }
}
