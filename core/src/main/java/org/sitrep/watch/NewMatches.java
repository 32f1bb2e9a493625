package org.sitrep.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SqliteStore;
import org.sitrep.store.StoredEvent;

/**
 * New-match alerts: the events each rule of a watchlist matches that it has not noticed before, one
 * {@link Notice} per rule listing them all (a burst of matches is one notification). An event is noticed once
 * per rule however many articles or re-ingests code it (events are aggregated across articles). Notices are
 * recorded in the store after delivery ({@link #recordDelivered}): a run stopped in between delivers again,
 * under the same key, so receivers can drop the repeat (at least once).
 */
public final class NewMatches {
  private static final ObjectMapper JSON = new ObjectMapper();

  private NewMatches() {}

  /** What one rule found that it had not noticed; {@code key} is stable for the same rule and events. */
  public record Notice(String watchlist, WatchRule rule, List<StoredEvent> events, String key) {}

  /** The rules' new matches among events dated in the last {@code days} days. */
  public static List<Notice> find(SqliteStore store, Watchlist list, int days) {
    Instant since = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(days, ChronoUnit.DAYS);
    List<StoredEvent> recent = store.events(new EventQuery(null, null, null, null, null, since, null, Integer.MAX_VALUE));
    List<Notice> out = new ArrayList<>();
    for (WatchRule rule : list.rules()) {
      if (!rule.watchesEvents()) continue;
      Set<Long> seen = store.noticed(list.name(), rule.name());
      List<StoredEvent> fresh = recent.stream().filter(e -> !seen.contains(e.id()) && rule.matches(e))
          .sorted(Comparator.comparingLong(StoredEvent::id)).toList();
      if (!fresh.isEmpty()) out.add(new Notice(list.name(), rule, fresh, key(list.name(), rule.name(), fresh)));
    }
    return out;
  }

  /** A rule's spike today that was not told before, with the events of its window. */
  public record SpikeNotice(String watchlist, WatchRule rule, Spike spike) {}

  /** The spikes of the watchlist's spike rules on {@code today} not told before. */
  public static List<SpikeNotice> spikes(SqliteStore store, Watchlist list, java.time.LocalDate today) {
    List<SpikeNotice> out = new ArrayList<>();
    for (WatchRule rule : list.rules()) {
      Spike.Settings s = rule.spike();
      if (s == null || !rule.watchesEvents()) continue;
      Spike spike = spikeOf(store, rule, today);
      if (spike != null && !store.spikeTold(list.name(), rule.name(), today)) out.add(new SpikeNotice(list.name(), rule, spike));
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

  public static String text(SpikeNotice n) {
    return String.format(java.util.Locale.ROOT, "%s / %s: spike on %s, %d events against %.1f per window before%n",
        n.watchlist(), n.rule().name(), n.spike().day(), n.spike().count(), n.spike().baseline());
  }

  public static void recordDelivered(SqliteStore store, Notice n) {
    store.recordNotices(n.watchlist(), n.rule().name(), n.events().stream().map(StoredEvent::id).toList());
  }

  /** The notification as versioned JSON, each event with its evidence, outlet link, modality and who asserts it. */
  public static ObjectNode json(Notice n) {
    ObjectNode o = JSON.createObjectNode();
    o.put("version", 1);
    o.put("key", n.key());
    o.put("kind", "new-match");
    o.put("watchlist", n.watchlist());
    o.put("rule", n.rule().name());
    ArrayNode events = o.putArray("events");
    for (StoredEvent e : n.events()) {
      ObjectNode j = org.sitrep.format.StoredEventJson.toTree(e);
      events.add(j);
    }
    return o;
  }

  /** The notification for a terminal: a heading and one line per event. */
  public static String text(Notice n) {
    StringBuilder b = new StringBuilder();
    b.append(n.watchlist()).append(" / ").append(n.rule().name()).append(": ").append(n.events().size())
        .append(n.events().size() == 1 ? " new event" : " new events").append('\n');
    for (StoredEvent e : n.events()) b.append("  ").append(line(e)).append('\n');
    return b.toString();
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

  private static String key(String watchlist, String rule, List<StoredEvent> events) {
    StringBuilder s = new StringBuilder(watchlist).append('\n').append(rule);
    events.forEach(e -> s.append('\n').append(e.id()));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
