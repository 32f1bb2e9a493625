package org.sitrep.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.AlertLog;
import org.sitrep.store.SqliteStore;
import org.sitrep.store.StoredEvent;

/**
 * One watchlist's alerts, in three steps a round runs in order, each leaving the store consistent:
 * <ol>
 *   <li><b>collect</b>: each rule's new matches (an event once per rule, wire copies being one event) and its
 *       spike, as items in the {@link AlertLog}, marked noticed in the same transaction;
 *   <li><b>group</b>: an alert's (watchlist, rule, kind) open items become one notification once the first
 *       has waited {@code group_wait} and the alert's last notification is {@code group_interval} old; items
 *       a silence mutes are recorded as silenced instead;
 *   <li><b>deliver</b>: each pending notification goes to every sink; it is marked delivered only after all
 *       took it, so a crash in between sends it again under the same idempotency key (at least once).
 * </ol>
 * A spike still present is told again every {@code repeat_interval}.
 */
public final class Alerts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SqliteStore store;
  private final Watchlist list;
  private final List<AlertSink> sinks;
  private final Clock clock;

  /** What a round did. */
  public record Round(int found, int notified, int silenced, int delivered, List<String> failures) {}

  public Alerts(SqliteStore store, Watchlist list, List<AlertSink> sinks, Clock clock) {
    this.store = store;
    this.list = list;
    this.sinks = List.copyOf(sinks);
    this.clock = clock;
  }

  /** Collects, groups and delivers; {@code days}: how far back new matches are looked for. */
  public Round run(int days) {
    return deliver(collect(days));
  }

  /**
   * The day's situation report as an alert of its own (rule {@value #REPORT}): recorded once per watchlist and
   * day, so however often this is called for that day it is delivered once (at least once: under one key).
   * {@code found} of the round is 0 when it had been recorded before.
   */
  public Round report(LocalDate day, String markdown) {
    ObjectNode item = JSON.createObjectNode();
    item.put("summary", "situation report for " + day);
    item.putObject("report").put("day", day.toString()).put("format", "markdown").put("text", markdown);
    int added = store.alerts().add(List.of(new AlertLog.NewItem(alertKey(REPORT, "report"), list.name(), REPORT, "report",
        list.name() + "\nreport:" + day, item.toString(), null)), clock.instant());
    return deliver(added);
  }

  /** The rule name daily reports go under. */
  public static final String REPORT = "daily report";

  private Round deliver(int found) {
    int[] grouped = group();
    int delivered = 0;
    List<String> failures = new ArrayList<>();
    for (AlertLog.Notification n : store.alerts().pending()) {
      String error = null;
      boolean permanent = false;
      for (AlertSink sink : sinks) {
        try {
          sink.deliver(n);
        } catch (AlertSink.DeliveryFailure f) {
          error = f.getMessage();
          permanent = f.permanent();
          break;
        }
      }
      store.alerts().attempted(n.id(), error, permanent, clock.instant());
      if (error == null) delivered++;
      else failures.add(n.watchlist() + " / " + n.rule() + ": " + error + (permanent ? " (given up)" : " (retried next round)"));
    }
    return new Round(found, grouped[0], grouped[1], delivered, failures);
  }

  /** The earliest time an open item becomes due for grouping, or null when none waits. */
  public @Nullable Instant nextDue() {
    Instant next = null;
    for (List<AlertLog.Item> items : store.alerts().open().values()) {
      Instant due = due(items);
      if (next == null || due.isBefore(next)) next = due;
    }
    return next;
  }

  int collect(int days) {
    Instant now = clock.instant();
    List<AlertLog.NewItem> items = new ArrayList<>();
    for (NewMatches.Notice n : NewMatches.find(store, list, days)) {
      String alert = alertKey(n.rule().name(), "new-match");
      for (StoredEvent e : n.events()) {
        ObjectNode item = JSON.createObjectNode();
        item.put("summary", NewMatches.line(e));
        item.set("event", org.sitrep.format.StoredEventJson.toTree(e));
        items.add(new AlertLog.NewItem(alert, list.name(), n.rule().name(), "new-match",
            list.name() + "\n" + n.rule().name() + "\nevent:" + e.id(), item.toString(), e.id()));
      }
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (WatchRule rule : list.rules()) {
      Spike spike = NewMatches.spikeOf(store, rule, today);
      if (spike == null) continue;
      // told once per repeat interval while it lasts
      long slot = Duration.between(today.atStartOfDay().toInstant(ZoneOffset.UTC), now).toMillis()
          / Math.max(1, list.alerts().repeatInterval().toMillis());
      ObjectNode item = JSON.createObjectNode();
      item.put("summary", String.format(java.util.Locale.ROOT, "spike on %s, %d events against %.1f per window before",
          spike.day(), spike.count(), spike.baseline()));
      item.putObject("spike").put("day", spike.day().toString()).put("count", spike.count()).put("baseline", spike.baseline());
      items.add(new AlertLog.NewItem(alertKey(rule.name(), "spike"), list.name(), rule.name(), "spike",
          list.name() + "\n" + rule.name() + "\nspike:" + spike.day() + ":" + slot, item.toString(), null));
    }
    AlertSettings settings = list.alerts();
    if (settings.silenceFactor() > 0 || settings.failures() > 0) {
      for (SourceSilence q : SourceSilence.find(store.sourcePolls().bySource(), now,
          settings.silenceFactor() > 0 ? settings.silenceFactor() : Double.MAX_VALUE, settings.failures())) {
        ObjectNode item = JSON.createObjectNode();
        item.put("summary", q.source() + (q.kind() == SourceSilence.Kind.SILENT ? " silent since " : " failing since ")
            + q.since() + ": " + q.detail());
        item.putObject("source").put("source", q.source()).put("state", q.kind().name().toLowerCase(java.util.Locale.ROOT))
            .put("since", q.since().toString()).put("usualSeconds", q.usual().toSeconds()).put("detail", q.detail());
        items.add(new AlertLog.NewItem(alertKey(SOURCES, "source-silence"), list.name(), SOURCES, "source-silence",
            list.name() + "\nsource:" + q.source() + ":" + q.kind() + ":" + q.since(), item.toString(), null));
      }
    }
    return store.alerts().add(items, now);
  }

  /** How far back a round looks for new matches unless told otherwise ('sitrep watch --days', ingest --watch, serve). */
  public static final int LOOKBACK_DAYS = 7;

  /**
   * Where a watchlist's notifications go when alerts run unattended (ingest --watch, serve): the terminal, and its
   * webhook when it names one. {@code where} names the watchlist in errors.
   */
  public static List<AlertSink> sinks(java.io.PrintWriter terminal, Watchlist list, String where) {
    List<AlertSink> sinks = new ArrayList<>();
    sinks.add(StreamSinks.terminal(terminal));
    AlertSink webhook = list.alerts().webhookSink(where);
    if (webhook != null) sinks.add(webhook);
    return sinks;
  }

  /** The rule name source-silence alerts go under: they are about the sources, not a rule. */
  public static final String SOURCES = "watched sources";

  /** Returns {notifications made, items silenced}. */
  int[] group() {
    Instant now = clock.instant();
    AlertLog log = store.alerts();
    List<AlertLog.Silence> silences = log.silences(list.name());
    int made = 0;
    int silenced = 0;
    for (Map.Entry<String, List<AlertLog.Item>> e : log.open().entrySet()) {
      List<AlertLog.Item> items = e.getValue();
      AlertLog.Item first = items.get(0);
      if (!first.watchlist().equals(list.name())) continue;
      AlertLog.Silence mute = silences.stream().filter(s -> s.mutes(first.watchlist(), first.rule(), now)).findFirst().orElse(null);
      if (mute != null) {
        log.silence(items, mute.id());
        silenced += items.size();
        continue;
      }
      if (now.isBefore(due(items))) continue;
      log.notify(items, idempotency(e.getKey(), items), payload(first, items, now), now);
      made++;
    }
    return new int[] {made, silenced};
  }

  /** When an alert's open items may be notified: group_wait after the first, group_interval after the last notification. */
  private Instant due(List<AlertLog.Item> items) {
    AlertSettings s = list.alerts();
    Instant due = items.get(0).createdAt().plus(s.groupWait());
    Instant last = store.alerts().lastNotified(items.get(0).alertKey());
    if (last != null && last.plus(s.groupInterval()).isAfter(due)) due = last.plus(s.groupInterval());
    return due;
  }

  private String payload(AlertLog.Item first, List<AlertLog.Item> items, Instant now) {
    ObjectNode o = JSON.createObjectNode();
    o.put("version", 1);
    o.put("kind", first.kind());
    o.put("watchlist", first.watchlist());
    o.put("rule", first.rule());
    o.put("created", now.toString());
    o.put("count", items.size());
    ArrayNode a = o.putArray("items");
    for (AlertLog.Item i : items) {
      try {
        a.add(JSON.readTree(i.json()));
      } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
        throw new IllegalStateException("alert item " + i.id() + " holds no JSON", ex);
      }
    }
    o.put("key", idempotency(first.alertKey(), items));
    return o.toString();
  }

  /** The notification for a terminal, from its payload: a heading and one line per item. */
  public static String text(AlertLog.Notification n) {
    JsonNode p;
    try {
      p = JSON.readTree(n.payload());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("notification " + n.id() + " holds no JSON", e);
    }
    int count = p.path("count").asInt();
    StringBuilder b = new StringBuilder(n.watchlist()).append(" / ").append(n.rule()).append(": ");
    if (n.kind().equals("source-silence")) {
      b.append(count).append(count == 1 ? " source gone quiet or failing" : " sources gone quiet or failing").append('\n');
      for (JsonNode i : p.path("items")) b.append("  ").append(i.path("summary").asText()).append('\n');
      return b.toString();
    }
    if (n.kind().equals("spike")) {
      return b.append(p.path("items").path(count - 1).path("summary").asText()).append('\n').toString();
    }
    b.append(count).append(count == 1 ? " new event" : " new events").append('\n');
    for (JsonNode i : p.path("items")) b.append("  ").append(i.path("summary").asText()).append('\n');
    return b.toString();
  }

  private String alertKey(String rule, String kind) {
    return list.name() + "\n" + rule + "\n" + kind;
  }

  private static String idempotency(String alertKey, List<AlertLog.Item> items) {
    StringBuilder s = new StringBuilder(alertKey);
    items.forEach(i -> s.append('\n').append(i.id()));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
