package se.webbgranskning.app.cli;

/**
 * A failure the user can act on, with a Swedish message that says what to do. Printed without a stack trace.
 * Exit code 1 (failure) unless it is a usage problem (2).
 */
public final class CliFailure extends RuntimeException {

    private final int exitCode;

    private CliFailure(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The input or the data was wrong or the operation failed: exit code 1. */
    public static CliFailure failure(String message) {
        return new CliFailure(message, ExitCodes.FAILURE, null);
    }

    public static CliFailure failure(String message, Throwable cause) {
        return new CliFailure(message, ExitCodes.FAILURE, cause);
    }

    /** The command line itself was wrong (e.g. a file that does not exist): exit code 2. */
    public static CliFailure usage(String message) {
        return new CliFailure(message, ExitCodes.USAGE, null);
    }

    public int exitCode() {
        return exitCode;
    }
}
