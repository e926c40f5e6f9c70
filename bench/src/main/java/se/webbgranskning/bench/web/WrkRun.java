package se.webbgranskning.bench.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One run of {@code wrk} against a URL with a session cookie, read back as requests/s and latency percentiles. */
final class WrkRun {

    record Result(String label, double requestsPerSecond, double p50Millis, double p99Millis, long non2xx) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

    private WrkRun() {
    }

    static Result run(String label, String url, String cookie, int connections, int seconds)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                "--latency", "-H", "Cookie: " + cookie, url)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("wrk failed:\n" + out);
        }
        Matcher rate = RATE.matcher(out);
        if (!rate.find()) {
            throw new IOException("wrk printed no rate:\n" + out);
        }
        Matcher non2xx = NON_2XX.matcher(out);
        return new Result(label, Double.parseDouble(rate.group(1)), percentile(out, "50%"), percentile(out, "99%"),
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0);
    }

    /** A line of wrk's latency distribution, e.g. {@code 99%   12.34ms}, in milliseconds. */
    private static double percentile(String out, String which) throws IOException {
        Matcher line = Pattern.compile("\\s" + Pattern.quote(which) + "\\s+([\\d.]+)(us|ms|s)\\b").matcher(out);
        if (!line.find()) {
            throw new IOException("wrk printed no " + which + " latency:\n" + out);
        }
        double value = Double.parseDouble(line.group(1));
        return switch (line.group(2).toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
