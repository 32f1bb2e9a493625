package org.sitrep.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A full-text query. {@code text} uses FTS5 syntax: words, {@code "quoted phrases"}, {@code AND},
 * {@code OR}, {@code NOT}, {@code prefix*}.
 *
 * @param since only articles published at or after this instant
 * @param until only articles published before this instant
 * @param outlet only articles from this outlet (site name or host)
 * @param limit the most hits to return, 1 to 10,000
 */
public record SearchQuery(String text, @Nullable Instant since, @Nullable Instant until, @Nullable String outlet,
    int limit) {
  /** The most hits one query returns (exports take this many). */
  public static final int MAX_LIMIT = 10_000;

  public SearchQuery {
    if (text.isBlank()) {
      throw new IllegalArgumentException("search text must not be blank");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
    }
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, 20);
  }
}
