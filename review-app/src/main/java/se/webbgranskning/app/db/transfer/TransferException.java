package se.webbgranskning.app.db.transfer;

import se.webbgranskning.app.UserError;

/** A table copy that cannot go on: the Swedish message names the table, file or column and says what to do. */
public final class TransferException extends UserError {

    public TransferException(String message) {
        super(message);
    }

    public TransferException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
