-- Event queries (sitrep events): by either actor, by dyad, by root with modality and period.
-- source_country is served by events_actors (source_country, target_country); target_country and
-- the root/modality/period filter get their own, so no query scans the whole table.
CREATE INDEX events_target ON events(target_country);
CREATE INDEX events_root_modality_seen ON events(root, modality, last_seen);
CREATE INDEX event_mentions_article ON event_mentions(article_id);
