package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

/** Where articles are kept and queried. Implementations are not thread-safe; write from one thread. */
public interface ArticleStore extends AutoCloseable {
  /**
   * Stores a document and its article: both or neither. A document already stored (same canonical
   * URL or same bytes) is not stored again. Implementations may commit puts in groups; what a put
   * wrote is committed by {@link #flush}, by any query and by {@link #close}.
   */
  default Stored put(RawDocument document, Article article) {
    return put(document, article, null);
  }

  /**
   * Stores a document, its article and, when given, its coding (actors, mentions, quotes, events —
   * aggregated with the same events of earlier articles): all or nothing.
   */
  default Stored put(RawDocument document, Article article, org.sitrep.model.@org.jspecify.annotations.Nullable CodedArticle coded) {
    return put(PreparedArticle.of(document, article, coded));
  }

  /** Stores a prepared document (see {@link PreparedArticle}): only the database work is left. */
  Stored put(PreparedArticle prepared);

  /** Commits every earlier put, so that other readers of the store see it. */
  void flush();

  /** The first {@code limit} stored quotations, in the order stored. */
  List<StoredQuote> quotes(int limit);

  /** Stored events matching a query, most mentioned first. */
  List<StoredEvent> events(EventQuery query);

  /** The named actors earlier documents established, oldest first: to seed an {@link org.sitrep.actors.ActorMemory}. */
  List<org.sitrep.model.Actor> rememberedActors();

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
