package se.webbgranskning.app.preview;

import java.time.OffsetDateTime;

/** One preview a municipality asked for; {@code crawlRoundId}, {@code finishedAt}, {@code pages} may be null. */
public record PreviewRun(long previewId, String kommunkod, String requestedBy, OffsetDateTime requestedAt,
                         String checklistId, String crawlRoundId, PreviewStatus status, OffsetDateTime finishedAt,
                         Integer pages, String problem) {

    public boolean running() {
        return status == PreviewStatus.RUNNING;
    }
}
