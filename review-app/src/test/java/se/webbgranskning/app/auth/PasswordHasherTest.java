package se.webbgranskning.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithArgon2idInPhcFormatAndASaltOfItsOwn() {
        String first = hasher.hash("rätt häst batteri häftklammer");
        String second = hasher.hash("rätt häst batteri häftklammer");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void acceptsOnlyThePasswordItWasMadeFrom() {
        String hash = hasher.hash("rätt häst batteri häftklammer");

        assertThat(hasher.matches("rätt häst batteri häftklammer", hash)).isTrue();
        assertThat(hasher.matches("Rätt häst batteri häftklammer", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void aMalformedStoredHashNeverMatches() {
        assertThat(hasher.matches("vad som helst", "inte-en-hash")).isFalse();
        assertThat(hasher.matches("vad som helst", "$argon2id$v=19$m=19456,t=2,p=1$trasig")).isFalse();
    }
}
