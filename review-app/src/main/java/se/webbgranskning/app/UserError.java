package se.webbgranskning.app;

/**
 * A problem the user caused and can fix: the message is Swedish and says what to do. The web layer shows it
 * next to the form, the command line prints it and exits with 1.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }
}
