-- Raw documents are kept compressed with Zstandard from this version (3-5 times faster to write
-- than gzip at a similar size); rows written before it stay gzip. raw_codec says which.
ALTER TABLE documents RENAME COLUMN raw_gzip TO raw;
ALTER TABLE documents ADD COLUMN raw_codec TEXT NOT NULL DEFAULT 'gzip';
