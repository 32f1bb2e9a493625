-- Each poll of a watched source (ingest --watch): when, how many new documents it brought, and its error if it
-- failed. Source-silence alerts read it: a feed that brought nothing for several times its usual interval, or
-- that keeps failing.
CREATE TABLE source_polls (
  id            INTEGER PRIMARY KEY,
  source        TEXT NOT NULL,
  polled_at     TEXT NOT NULL,
  new_documents INTEGER NOT NULL,
  error         TEXT
);
CREATE INDEX source_polls_by_source ON source_polls (source, polled_at);
