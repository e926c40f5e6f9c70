package se.webbgranskning.app;

/**
 * Something the user asked for does not exist, or is not theirs to see: both answer the same, so that nobody
 * learns of another reviewer's drafts by guessing ids.
 */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
