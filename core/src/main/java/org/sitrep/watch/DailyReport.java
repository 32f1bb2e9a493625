package org.sitrep.watch;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SqliteStore;
import org.sitrep.store.StoredEvent;

/**
 * One day of a store, as an analyst's situation report reads it: the top stories (most outlets first), the
 * actor pairs new or escalating against the previous seven days ({@link PairActivity}), the day's events by
 * modality — what happened apart from what is reported, alleged, denied, planned or hypothetical — and the
 * quotations with their speakers. Events belong to the day by their own date (the text's, else their
 * article's publication day), never by when Sitrep stored them.
 */
public record DailyReport(LocalDate day, List<org.sitrep.store.DayStory> stories, List<PairActivity> pairs,
    Map<String, List<StoredEvent>> eventsByModality, List<org.sitrep.store.DayQuote> quotes,
    @org.jspecify.annotations.Nullable Watchlist watchlist, List<RuleMatches> watched) {

  /** What one watchlist rule found on the day: its events, and for a rule with text its articles. */
  public record RuleMatches(WatchRule rule, List<StoredEvent> events, List<org.sitrep.store.SearchHit> articles) {}

  /** The modalities in the order the report gives them. */
  public static final List<String> MODALITIES = List.of("happened", "reported", "alleged", "denied", "planned",
      "hypothetical");

  static final int STORIES = 10;
  static final int EVENTS_PER_MODALITY = 20;
  static final int QUOTES = 10;

  /** Gathers {@code day} from {@code store}. */
  public static DailyReport of(SqliteStore store, LocalDate day) {
    return of(store, day, null);
  }

  /** Gathers {@code day} from {@code store}, with what each rule of {@code watchlist} (if any) found. */
  public static DailyReport of(SqliteStore store, LocalDate day, @org.jspecify.annotations.Nullable Watchlist watchlist) {
    List<StoredEvent> dayEvents = events(store, day, day.plusDays(1));
    List<StoredEvent> week = events(store, day.minusDays(7), day);
    Map<String, List<StoredEvent>> byModality = new LinkedHashMap<>();
    for (String m : MODALITIES) {
      List<StoredEvent> of = dayEvents.stream().filter(e -> e.modality().equals(m))
          .sorted(Comparator.comparingInt(StoredEvent::numMentions).reversed().thenComparingLong(StoredEvent::id))
          .limit(EVENTS_PER_MODALITY).toList();
      if (!of.isEmpty()) byModality.put(m, of);
    }
    List<RuleMatches> watched = new java.util.ArrayList<>();
    if (watchlist != null) {
      for (WatchRule rule : watchlist.rules()) {
        List<StoredEvent> events = dayEvents.stream().filter(rule::matches)
            .sorted(Comparator.comparingInt(StoredEvent::numMentions).reversed().thenComparingLong(StoredEvent::id))
            .limit(EVENTS_PER_MODALITY).toList();
        List<org.sitrep.store.SearchHit> articles = rule.text() == null ? List.of()
            : store.search(new org.sitrep.store.SearchQuery(rule.text(), day.atStartOfDay().toInstant(ZoneOffset.UTC),
                day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), null, 10));
        watched.add(new RuleMatches(rule, events, articles));
      }
    }
    return new DailyReport(day, store.storiesOn(day, STORIES), PairActivity.of(dayEvents, week), byModality,
        store.quotesOn(day, QUOTES), watchlist, List.copyOf(watched));
  }

  /** Events dated in [from, to), an interval counting on the day it starts. */
  private static List<StoredEvent> events(SqliteStore store, LocalDate from, LocalDate to) {
    return store.events(new EventQuery(null, null, null, null, null, from.atStartOfDay().toInstant(ZoneOffset.UTC),
        to.atStartOfDay().toInstant(ZoneOffset.UTC), Integer.MAX_VALUE)).stream()
        .filter(e -> e.date() != null && e.date().compareTo(from.toString()) >= 0).toList();
  }
}
