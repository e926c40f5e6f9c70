package se.webbgranskning.crawl.precheck;

import java.util.Optional;

/**
 * One thing a rule found: on which page, where in its text (if it can be quoted: a title or a menu link cannot),
 * and why, in Swedish.
 */
record Hit(String rule, PrecheckPage page, Optional<Span> span, String why) {

    static Hit at(String rule, PrecheckPage page, Span span, String why) {
        return new Hit(rule, page, Optional.of(span), why);
    }

    static Hit onPage(String rule, PrecheckPage page, String why) {
        return new Hit(rule, page, Optional.empty(), why);
    }
}
