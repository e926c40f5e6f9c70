package se.webbgranskning.app.cli;

/** The exit codes of every command: 0 ok, 1 failure, 2 bad usage. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
