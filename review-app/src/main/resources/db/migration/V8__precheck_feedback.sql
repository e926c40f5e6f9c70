-- What reviewers did with the pre-check's evidence passages in the review screen. A passage is named by the page
-- and where its quote starts in the page's stored text: the same snapshot and checklist always give the same
-- passages, so the row still names the passage the reviewer saw. Only the latest decision per passage is kept.
-- Portable SQL (H2 and PostgreSQL).
CREATE TABLE precheck_feedback (
    review_id         BIGINT                   NOT NULL REFERENCES review (review_id),
    item_id           VARCHAR(40)              NOT NULL,
    page_id           BIGINT                   NOT NULL,
    quote_start       INTEGER                  NOT NULL,
    quote             VARCHAR(2000)            NOT NULL,
    -- the suggestion's verdict when the reviewer decided: LIKELY_PRESENT, PARTLY or NOT_FOUND
    suggested_verdict VARCHAR(20)              NOT NULL,
    -- 'accepted' (cited as evidence) or 'dismissed'
    decision          VARCHAR(10)              NOT NULL,
    decided_by        VARCHAR(60)              NOT NULL,
    decided_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (review_id, item_id, page_id, quote_start)
);
