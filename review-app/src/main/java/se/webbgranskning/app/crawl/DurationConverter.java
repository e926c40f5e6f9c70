package se.webbgranskning.app.crawl;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations as people write them: {@code 250ms}, {@code 2s}, {@code 30m}, {@code 1h}. */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)");

    @Override
    public Duration convert(String value) {
        Matcher m = FORM.matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' är ingen tid; skriv t.ex. 250ms, 2s, 30m eller 1h");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m", "min" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
