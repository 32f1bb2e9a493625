-- Sitrep's store, version 1. Every table the pipeline writes, including those the coding and
-- clustering stages will fill (actors, mentions, quotes, events, stories), so that they land
-- without a rebuild. Times are ISO-8601 text; *_utc columns are normalised to UTC for range queries.

CREATE TABLE outlets (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE,
  host  TEXT
);

-- One row per document as it arrived, before extraction: where from, what bytes (by hash).
CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  source        TEXT NOT NULL,
  url           TEXT,
  content_hash  TEXT NOT NULL UNIQUE,
  content_type  TEXT,
  bytes         INTEGER NOT NULL,
  fetched_at    TEXT NOT NULL,
  raw_gzip      BLOB
);
CREATE UNIQUE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;

CREATE TABLE stories (
  id             INTEGER PRIMARY KEY,
  title          TEXT,
  first_seen     TEXT NOT NULL,
  last_seen      TEXT NOT NULL,
  article_count  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL UNIQUE REFERENCES documents(id),
  outlet_id      INTEGER REFERENCES outlets(id),
  url            TEXT,
  title          TEXT,
  standfirst     TEXT,
  authors        TEXT NOT NULL,          -- JSON array
  published      TEXT,
  published_utc  TEXT,
  modified       TEXT,
  site           TEXT,
  language       TEXT,
  body           TEXT NOT NULL,
  paragraphs     TEXT NOT NULL,          -- JSON array
  warnings       TEXT NOT NULL,          -- JSON array
  body_hash      TEXT NOT NULL,
  duplicate_of   INTEGER REFERENCES articles(id),
  story_id       INTEGER REFERENCES stories(id),
  stored_at      TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published_utc);
CREATE INDEX articles_body_hash ON articles(body_hash);
CREATE INDEX articles_outlet ON articles(outlet_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, standfirst, body,
  content = 'articles', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, standfirst, body) VALUES (new.id, new.title, new.standfirst, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, standfirst, body)
    VALUES ('delete', old.id, old.title, old.standfirst, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, standfirst, body ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, standfirst, body)
    VALUES ('delete', old.id, old.title, old.standfirst, old.body);
  INSERT INTO articles_fts(rowid, title, standfirst, body) VALUES (new.id, new.title, new.standfirst, new.body);
END;

-- Links between exact and near duplicates (syndicated copies, minor edits).
CREATE TABLE duplicates (
  article_id    INTEGER NOT NULL REFERENCES articles(id),
  original_id   INTEGER NOT NULL REFERENCES articles(id),
  kind          TEXT NOT NULL,          -- 'exact' | 'near'
  similarity    REAL NOT NULL,
  PRIMARY KEY (article_id, original_id)
);

CREATE TABLE actors (
  id       INTEGER PRIMARY KEY,
  name     TEXT,
  country  TEXT,
  role     TEXT,
  UNIQUE (name, country, role)
);

-- What earlier documents established about a name ("Dmitry Peskov" is RUS GOV).
CREATE TABLE actor_memory (
  name          TEXT PRIMARY KEY,
  actor_id      INTEGER NOT NULL REFERENCES actors(id),
  learned_from  INTEGER REFERENCES articles(id),
  updated_at    TEXT NOT NULL
);

CREATE TABLE mentions (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id),
  actor_id    INTEGER NOT NULL REFERENCES actors(id),
  mention     TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE quotes (
  id                INTEGER PRIMARY KEY,
  article_id        INTEGER NOT NULL REFERENCES articles(id),
  text              TEXT NOT NULL,
  speaker_actor_id  INTEGER REFERENCES actors(id),
  speaker_mention   TEXT
);
CREATE INDEX quotes_article ON quotes(article_id);

-- Coded events, aggregated GDELT-style: one row per distinct event, counted across articles.
CREATE TABLE events (
  id              INTEGER PRIMARY KEY,
  event_key       TEXT NOT NULL UNIQUE,
  source_name     TEXT,
  source_country  TEXT,
  source_role     TEXT,
  target_name     TEXT,
  target_country  TEXT,
  target_role     TEXT,
  cameo           TEXT NOT NULL,
  root            TEXT NOT NULL,
  plover          TEXT,
  goldstein       REAL,
  quad_class      INTEGER,
  modality        TEXT NOT NULL,
  asserted_by     TEXT,
  denied_by       TEXT,                 -- JSON array
  event_date      TEXT,
  place_name      TEXT,
  place_country   TEXT,
  num_mentions    INTEGER NOT NULL DEFAULT 0,
  num_articles    INTEGER NOT NULL DEFAULT 0,
  num_sources     INTEGER NOT NULL DEFAULT 0,
  first_seen      TEXT NOT NULL,
  last_seen       TEXT NOT NULL
);
CREATE INDEX events_actors ON events(source_country, target_country);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_date ON events(event_date);

CREATE TABLE event_mentions (
  event_id        INTEGER NOT NULL REFERENCES events(id),
  article_id      INTEGER NOT NULL REFERENCES articles(id),
  sentence_index  INTEGER NOT NULL,
  evidence        TEXT NOT NULL,
  PRIMARY KEY (event_id, article_id, sentence_index)
);
