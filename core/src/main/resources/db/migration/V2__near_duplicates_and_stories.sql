-- Version 2: what incremental near-duplicate detection and story clustering keep between documents.

-- MinHash signature of each article's body (cluster.Fingerprint), and its band hashes for lookup.
CREATE TABLE article_fingerprints (
  article_id  INTEGER PRIMARY KEY REFERENCES articles(id),
  minhash     BLOB NOT NULL
);
CREATE TABLE lsh_bands (
  band        INTEGER NOT NULL,
  bucket      INTEGER NOT NULL,
  article_id  INTEGER NOT NULL REFERENCES articles(id),
  PRIMARY KEY (band, bucket, article_id)
) WITHOUT ROWID;

-- A story's merged term profile (cluster.TermProfile, JSON), compared with each new article.
ALTER TABLE stories ADD COLUMN profile TEXT;
CREATE INDEX stories_last_seen ON stories(last_seen);
CREATE INDEX articles_story ON articles(story_id);

-- The strongest terms of each story's profile, so that a new article is compared only with the
-- stories it shares terms with, not with every story in the time window.
CREATE TABLE story_terms (
  term      TEXT NOT NULL,
  story_id  INTEGER NOT NULL REFERENCES stories(id),
  PRIMARY KEY (term, story_id)
) WITHOUT ROWID;
-- A story's terms are replaced when its profile changes: found by story, not by term.
CREATE INDEX story_terms_story ON story_terms(story_id);
