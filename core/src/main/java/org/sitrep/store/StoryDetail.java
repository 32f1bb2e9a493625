package org.sitrep.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One story as its page shows it: its articles (copies folded into their original, counted), the outlets
 * that told it, and its events with their evidence.
 */
public record StoryDetail(long id, @Nullable String title, List<Article> articles, int outlets, List<StoredEvent> events) {
  public StoryDetail {
    articles = List.copyOf(articles);
    events = List.copyOf(events);
  }

  /** An article of the story: its title, link, outlet, publication time and how many stored copies it has. */
  public record Article(long id, @Nullable String title, @Nullable String url, @Nullable String outlet,
      @Nullable String published, int copies) {}
}
