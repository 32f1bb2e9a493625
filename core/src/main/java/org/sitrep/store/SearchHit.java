package org.sitrep.store;

import org.jspecify.annotations.Nullable;

/**
 * One search result.
 *
 * @param score relevance (FTS5 bm25, negated so higher is better)
 * @param snippet the best-matching passage, matches in [brackets]
 */
public record SearchHit(long articleId, @Nullable String title, @Nullable String url, String source,
    @Nullable String published, double score, String snippet) {}
