package org.sitrep.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which stored events to return, most mentioned first.
 *
 * @param actor a country or known-group code on either side
 * @param source the source actor's code
 * @param target the target actor's code
 * @param cameo a code prefix: "04" for every consultation, "042" for visits
 * @param modality happened, reported, alleged, denied, planned or hypothetical
 * @param since only events dated on or after this instant's day (UTC; an interval counts by its end)
 * @param until only events dated before this instant (an interval counts by its start)
 */
public record EventQuery(@Nullable String actor, @Nullable String source, @Nullable String target, @Nullable String cameo,
    @Nullable String modality, @Nullable Instant since, @Nullable Instant until, int limit) {
  public EventQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
  }

  /** The UTC day of an instant; with {@code roundUp}, the next day unless it is midnight. */
  static String day(Instant at, boolean roundUp) {
    java.time.LocalDateTime t = java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
    java.time.LocalDate d = t.toLocalDate();
    if (roundUp && !t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) d = d.plusDays(1);
    return d.toString();
  }

  public static EventQuery all(int limit) {
    return new EventQuery(null, null, null, null, null, null, null, limit);
  }
}
