/**
 * The cluster stage: consumes article text, produces fingerprints for near-duplicate detection
 * (MinHash over word shingles, banded for lookup) and term profiles for grouping articles into
 * stories. Pure functions over text; the store keeps the state (signatures, bands, story profiles)
 * so clustering is incremental as documents arrive. Thread-safe.
 */
@NullMarked
package org.sitrep.cluster;

import org.jspecify.annotations.NullMarked;
