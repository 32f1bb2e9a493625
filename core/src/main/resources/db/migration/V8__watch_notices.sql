-- What each watchlist rule has already told the user about: an event is noticed once per (watchlist, rule),
-- whatever the number of articles or re-ingests that code it again. Written after delivery: a run that stops
-- in between delivers again next time under the same key (at least once).
CREATE TABLE watch_notices (
  watchlist    TEXT NOT NULL,
  rule         TEXT NOT NULL,
  event_id     INTEGER NOT NULL REFERENCES events(id),
  noticed_at   TEXT NOT NULL,
  PRIMARY KEY (watchlist, rule, event_id)
) WITHOUT ROWID;
