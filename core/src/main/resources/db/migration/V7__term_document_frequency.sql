-- How many articles have each term among their profile's terms: rare terms (names, specific words) say
-- more about a story than common ones, so story similarity weights terms by inverse document frequency.
CREATE TABLE term_df (
  term  TEXT PRIMARY KEY,
  df    INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO term_df (term, df) SELECT term, count(*) FROM story_terms GROUP BY term;
