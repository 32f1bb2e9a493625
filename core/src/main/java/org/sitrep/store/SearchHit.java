package org.sitrep.store;

import org.jspecify.annotations.Nullable;

/**
 * One search result.
 *
 * @param score relevance (FTS5 bm25, negated so higher is better)
 * @param snippet the best-matching passage, matches in [brackets]
 * @param copies other stored articles folded into this hit: linked copies of it, and hits with the same
 *     title and passage
 */
public record SearchHit(long articleId, @Nullable String title, @Nullable String url, String source,
    @Nullable String published, double score, String snippet, int copies) {

  /** The same hit with {@code n} more copies folded in. */
  public SearchHit plusCopies(int n) {
    return new SearchHit(articleId, title, url, source, published, score, snippet, copies + n);
  }
}
