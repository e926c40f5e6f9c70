package se.webbgranskning.app.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} failed logins for one username, or
 * {@value #FREE_ATTEMPTS_PER_ADDRESS} from one address (an office may share one), each further attempt must
 * wait, twice as long each time (30 s up to 15 min). A success clears the
 * username's count. Kept in memory: a restart forgives, which is acceptable for a tool with few accounts.
 */
public final class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final int FREE_ATTEMPTS_PER_ADDRESS = 20;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this username or address must still wait, if it must. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration byUser = remaining(key("user", username), FREE_ATTEMPTS, now);
        Duration byAddress = remaining(key("addr", address), FREE_ATTEMPTS_PER_ADDRESS, now);
        Duration wait = byUser.compareTo(byAddress) >= 0 ? byUser : byAddress;
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void failed(String username, String address) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear(); // a flood of made-up usernames must not exhaust memory
        }
        Instant now = clock.instant();
        for (String key : new String[] {key("user", username), key("addr", address)}) {
            failures.merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        }
    }

    public void succeeded(String username) {
        failures.remove(key("user", username));
    }

    private Duration remaining(String key, int freeAttempts, Instant now) {
        Failures found = failures.get(key);
        if (found == null || found.count() < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(found.count() - freeAttempts, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Duration left = Duration.between(now, found.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.strip().toLowerCase(Locale.ROOT));
    }
}
