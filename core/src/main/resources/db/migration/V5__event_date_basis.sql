-- Where an event's date comes from: 'text' (the article dates the act) or 'publication' (it does not, and
-- the article's publication day stands in). Date filters (events, export) read event_date, not first_seen.
ALTER TABLE events ADD COLUMN date_basis TEXT;
