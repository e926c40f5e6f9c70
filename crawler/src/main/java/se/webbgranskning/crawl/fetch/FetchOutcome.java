package se.webbgranskning.crawl.fetch;

import se.webbgranskning.crawl.FailureKind;

/** What one fetch attempt produced: a response (of any status) or a failure without a usable response. */
public sealed interface FetchOutcome {

    record Received(Exchange exchange) implements FetchOutcome {
    }

    /** No response to store; {@code reason} is a Swedish sentence for the page index. */
    record Failed(FailureKind kind, String reason) implements FetchOutcome {
    }
}
