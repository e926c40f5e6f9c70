-- How many items of a review are scored, kept on the review and updated with every save: the reviewer's list
-- shows it for every review, and counting the answers each time read every answer of every review listed.
ALTER TABLE review ADD COLUMN scored_items INTEGER DEFAULT 0 NOT NULL;
UPDATE review SET scored_items = (SELECT COUNT(*) FROM review_item i
                                  WHERE i.review_id = review.review_id AND i.score IS NOT NULL);
