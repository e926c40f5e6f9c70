-- Blind second review, adjudication and publication. Portable SQL (H2 and PostgreSQL).

-- How a round's second-review sample was drawn: enough to redo the draw and check it.
CREATE TABLE second_review_draw (
    review_round_id BIGINT                   NOT NULL PRIMARY KEY REFERENCES review_round (review_round_id),
    share_percent   INTEGER                  NOT NULL,
    minimum_count   INTEGER                  NOT NULL,
    seed            BIGINT                   NOT NULL,
    -- the municipalities drawn from (comma-separated kommunkoder, sorted) and those drawn, in draw order
    candidates      TEXT                     NOT NULL,
    drawn           TEXT                     NOT NULL,
    drawn_by        VARCHAR(60)              NOT NULL,
    drawn_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The project lead's decision on an item the two reviewers scored differently. It names the two scores it
-- settled: if either review changes that item later (after a reopen), the decision no longer applies and the
-- item waits for a new one, so that a final score never rests on answers nobody looked at.
CREATE TABLE adjudication (
    review_round_id BIGINT                   NOT NULL REFERENCES review_round (review_round_id),
    kommunkod       VARCHAR(4)               NOT NULL,
    item_id         VARCHAR(40)              NOT NULL,
    first_score     VARCHAR(4)               NOT NULL,
    second_score    VARCHAR(4)               NOT NULL,
    final_score     VARCHAR(4)               NOT NULL,
    reason          VARCHAR(2000)            NOT NULL,
    decided_by      VARCHAR(60)              NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (review_round_id, kommunkod, item_id)
);

-- Set when the project lead publishes the round's results; municipality users see their report only then.
ALTER TABLE review_round ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE review_round ADD COLUMN published_by VARCHAR(60);
