package org.sitrep.watch;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SqliteStore;
import org.sitrep.store.StoredEvent;

/**
 * What each rule of a watchlist finds that it has not noticed before: its new events (an event is noticed once
 * per rule however many articles or re-ingests code it: events are aggregated across articles) and its spike.
 * {@link Alerts} turns them into notifications and marks them noticed.
 */
final class NewMatches {

  private NewMatches() {}

  /** What one rule found that it had not noticed. */
  record Notice(WatchRule rule, List<StoredEvent> events) {}

  /** The rules' new matches among events dated in the last {@code days} days. */
  static List<Notice> find(SqliteStore store, Watchlist list, int days) {
    Instant since = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(days, ChronoUnit.DAYS);
    List<StoredEvent> recent = store.events(new EventQuery(null, null, null, null, null, since, null, Integer.MAX_VALUE));
    List<Notice> out = new ArrayList<>();
    for (WatchRule rule : list.rules()) {
      if (!rule.watchesEvents()) continue;
      Set<Long> seen = store.noticed(list.name(), rule.name());
      List<StoredEvent> fresh = recent.stream().filter(e -> !seen.contains(e.id()) && rule.matches(e))
          .sorted(Comparator.comparingLong(StoredEvent::id)).toList();
      if (!fresh.isEmpty()) out.add(new Notice(rule, fresh));
    }
    return out;
  }

  /** The rule's spike on {@code today}, or null (also when the rule watches no spikes). */
  static @org.jspecify.annotations.Nullable Spike spikeOf(SqliteStore store, WatchRule rule, java.time.LocalDate today) {
    Spike.Settings s = rule.spike();
    if (s == null || !rule.watchesEvents()) return null;
    // a month before the baseline too: the rule must have history before it to spike against (see Spike#on)
    java.time.LocalDate from = today.minusDays(s.window() + s.baseline() + 31L);
    List<java.time.LocalDate> dates = store.events(new EventQuery(null, null, null, null, null,
        from.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), today.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
        Integer.MAX_VALUE)).stream().filter(rule::matches).filter(e -> e.date() != null)
        .map(e -> java.time.LocalDate.parse(e.date().substring(0, 10))).toList();
    return Spike.on(today, dates, s);
  }

  /** One event on one line: who did what to whom, modality, date, who asserts it, its sentence and link. */
  static String line(StoredEvent e) {
    StringBuilder b = new StringBuilder();
    b.append(ReportText.event(e)).append(", ").append(e.modality()).append(", ").append(ReportText.date(e));
    String by = ReportText.assertedBy(e);
    if (by != null) b.append(", according to ").append(by);
    b.append(": \"").append(ReportText.shorten(e.evidence(), 120)).append("\"");
    if (e.sourceUrl() != null) b.append(" ").append(e.sourceUrl());
    return b.toString();
  }
}
