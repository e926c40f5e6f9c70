package se.webbgranskning.crawl.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PolitenessTest {

    @Test
    void spacesRequestStartsToTheSameHostOnly() throws InterruptedException {
        Politeness politeness = new Politeness(Duration.ofMillis(300), Clock.systemUTC());
        String a = Politeness.hostKey(URI.create("http://a.test:1/x"));
        String b = Politeness.hostKey(URI.create("http://b.test:1/x"));
        politeness.awaitTurn(a);
        politeness.finished(a);
        long start = System.nanoTime();
        politeness.awaitTurn(b);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
        politeness.awaitTurn(a);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    }

    @Test
    void neverStartsASecondRequestToAHostWhileOneIsInFlight() throws Exception {
        Politeness politeness = new Politeness(Duration.ZERO, Clock.systemUTC());
        String host = Politeness.hostKey(URI.create("http://a.test/"));
        politeness.awaitTurn(host);
        Thread second = new Thread(() -> {
            try {
                politeness.awaitTurn(host);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        second.start();
        second.join(200);
        assertThat(second.isAlive()).isTrue();
        politeness.finished(host);
        second.join(1000);
        assertThat(second.isAlive()).isFalse();
    }

    @Test
    void aLargerCrawlDelayWinsASmallerOneDoesNot() {
        Politeness politeness = new Politeness(Duration.ofSeconds(1), Clock.systemUTC());
        politeness.requestDelay("http://a.test:80", Duration.ofSeconds(2));
        politeness.requestDelay("http://b.test:80", Duration.ofMillis(500));
        assertThat(politeness.delayFor("http://a.test:80")).isEqualTo(Duration.ofSeconds(2));
        assertThat(politeness.delayFor("http://b.test:80")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void hostKeysIncludeSchemeAndDefaultPort() {
        assertThat(Politeness.hostKey(URI.create("https://WWW.Exempel.se/a"))).isEqualTo("https://www.exempel.se:443");
        assertThat(Politeness.hostKey(URI.create("http://x.se:8080/"))).isEqualTo("http://x.se:8080");
    }
}
