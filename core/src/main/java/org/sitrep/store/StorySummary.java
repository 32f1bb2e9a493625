package org.sitrep.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One story: the articles grouped as telling the same news.
 *
 * @param articles how many articles tell it
 * @param outlets how many distinct outlets
 * @param headlines the articles' titles, earliest first (at most ten)
 */
public record StorySummary(long id, @Nullable String title, String firstSeen, String lastSeen, int articles,
    int outlets, List<String> headlines) {
  public StorySummary {
    headlines = List.copyOf(headlines);
  }
}
