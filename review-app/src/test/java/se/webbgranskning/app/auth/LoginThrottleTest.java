package se.webbgranskning.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void theFirstFailuresCostNothing() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isEmpty();
    }

    @Test
    void afterRepeatedFailuresEachAttemptWaitsTwiceAsLong() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        assertThat(throttle.waitFor("anna", "10.0.0.1")).contains(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.waitFor("anna", "10.0.0.1")).isEmpty();
        throttle.failed("anna", "10.0.0.1");
        assertThat(throttle.waitFor("anna", "10.0.0.1")).contains(Duration.ofSeconds(60));
    }

    @Test
    void theWaitFollowsTheUsernameAcrossAddressesAndTheAddressAcrossUsernames() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("anna", "10.0.0." + i);
        }
        assertThat(throttle.waitFor("ANNA ", "192.168.1.1")).isPresent();

        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS_PER_ADDRESS - 1; i++) {
            throttle.failed("user" + i, "10.9.9.9");
        }
        assertThat(throttle.waitFor("bo", "10.9.9.9")).as("an office shares one address").isEmpty();
        throttle.failed("user", "10.9.9.9");
        assertThat(throttle.waitFor("bo", "10.9.9.9")).isPresent();
        assertThat(throttle.waitFor("bo", "10.9.9.8")).isEmpty();
    }

    @Test
    void aSuccessForgivesTheUsername() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.failed("anna", "10.0.0." + i);
        }
        throttle.succeeded("anna");

        assertThat(throttle.waitFor("anna", "192.168.1.1")).isEmpty();
    }

    @Test
    void theLongestWaitIsFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("anna", "10.0.0.1");
        }
        assertThat(throttle.waitFor("anna", "10.0.0.1")).contains(Duration.ofMinutes(15));
    }
}
