-- Search and stories fold copies into their original: count an original's copies without a scan.
CREATE INDEX duplicates_original ON duplicates(original_id);
