package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

/** Where articles are kept and queried. Implementations are not thread-safe; write from one thread. */
public interface ArticleStore extends AutoCloseable {
  /**
   * Stores a document and its article in one transaction: both or neither. A document already
   * stored (same canonical URL or same bytes) is not stored again.
   */
  Stored put(RawDocument document, Article article);

  /** Articles matching a full-text query, best first. */
  List<SearchHit> search(SearchQuery query);

  /**
   * Stories seen in a period, most articles first.
   *
   * @param since only stories last seen at or after this instant (null: any)
   * @param minArticles only stories told by at least this many articles
   */
  List<StorySummary> stories(java.time.@org.jspecify.annotations.Nullable Instant since, int minArticles, int limit);

  StoreStats stats();

  @Override
  void close();
}
