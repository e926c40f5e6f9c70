-- The length of a page's extracted text, kept beside it: lists of pages show it, and reading it from the text
-- column would read every page's whole text (a large object) for every list.
ALTER TABLE crawl_page ADD COLUMN text_length INTEGER DEFAULT 0 NOT NULL;
UPDATE crawl_page SET text_length = COALESCE(CHAR_LENGTH(main_text), 0);
