package se.webbgranskning.app.results;

import se.webbgranskning.scoring.Score;

/** The score that counts for one item of one municipality, where it comes from, and the reason if adjudicated. */
public record FinalScore(String itemId, Score score, ScoreSource source, String reason) {
}
