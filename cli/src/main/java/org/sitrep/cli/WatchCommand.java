package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.AlertLog;
import org.sitrep.store.SqliteStore;
import org.sitrep.watch.AlertSettings;
import org.sitrep.watch.AlertSink;
import org.sitrep.watch.Alerts;
import org.sitrep.watch.StreamSinks;
import org.sitrep.watch.Watchlist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep watch}: new matches of a watchlist's rules, each told once. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Tell what a watchlist's rules match that they have not told before: one notification per rule",
        "listing its new events with evidence, outlet, modality and who asserts them. Each event is told once per",
        "rule, however many articles code it; run it after each ingest (or from cron).",
        "",
        "Examples:",
        "  sitrep watch --watchlist korea.yaml",
        "  sitrep watch --watchlist korea.yaml --jsonl alerts.jsonl --days 3",
        "  sitrep watch --watchlist korea.yaml --webhook https://hooks.example.org/sitrep",
        "  sitrep watch --watchlist korea.yaml --silence 'Trash balloons' --for 2d --comment 'known campaign'",
        "  sitrep watch --watchlist korea.yaml --log"})
final class WatchCommand implements Callable<Integer> {
  @Option(names = "--watchlist", required = true, paramLabel = "FILE", description = "The watchlist (YAML).")
  Path watchlist;

  @Option(names = "--days", paramLabel = "N", description = "Look at events dated in the last N days (default: ${DEFAULT-VALUE}).")
  int days = Alerts.LOOKBACK_DAYS;

  @Option(names = "--jsonl", paramLabel = "FILE", description = "Also append each notification as one JSON line (version 1, with a stable key).")
  @Nullable Path jsonl;

  @Option(names = "--webhook", paramLabel = "URL", description = "Also POST each notification there (overrides the watchlist's alerts.webhook).")
  @Nullable URI webhook;

  @Option(names = "--silence", paramLabel = "RULE", description = "Mute a rule ('*': every rule) for --for, recording the silence; nothing else is done.")
  @Nullable String silence;

  @Option(names = "--for", paramLabel = "DURATION", description = "How long --silence lasts: 30m, 4h, 2d (default: ${DEFAULT-VALUE}).")
  String silenceFor = "4h";

  @Option(names = "--comment", paramLabel = "TEXT", description = "Why, recorded with --silence.")
  String comment = "";

  @Option(names = "--log", description = "List the latest notifications with their delivery state, and the silences; nothing else is done.")
  boolean showLog;

  @Mixin StoreOptions store = new StoreOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Watchlist list = Watchlist.read(watchlist);
    if (!Files.exists(store.db)) {
      throw new IllegalArgumentException("no store at " + store.db + "; run 'sitrep ingest' first or give --db");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (SqliteStore db = store.openForWriting()) {
      if (silence != null) return silence(db, list, out);
      if (showLog) return log(db, list, out);
      AlertSettings settings = list.alerts();
      if (webhook != null) settings = settings.withWebhook(webhook, settings.secretEnv());
      List<AlertSink> sinks = new ArrayList<>();
      sinks.add(StreamSinks.terminal(out));
      if (jsonl != null) sinks.add(StreamSinks.jsonl(jsonl));
      AlertSink webhookSink = settings.webhookSink("watchlist " + watchlist);
      if (webhookSink != null) sinks.add(webhookSink);
      Watchlist effective = new Watchlist(list.name(), list.rules(), settings);
      Alerts alerts = new Alerts(db, effective, sinks, Clock.systemUTC());
      Alerts.Round round = alerts.run(Math.max(1, days));
      int found = round.found();
      int delivered = round.delivered();
      int silenced = round.silenced();
      List<String> failures = new ArrayList<>(round.failures());
      // what this run found waits out its group_wait here, so a run tells what it found
      Instant due = alerts.nextDue();
      if (due != null && !due.isAfter(Instant.now().plus(settings.groupWait()))) {
        sleepUntil(due);
        Alerts.Round more = alerts.run(Math.max(1, days));
        found += more.found();
        delivered += more.delivered();
        silenced += more.silenced();
        failures = new ArrayList<>(more.failures());
      }
      for (String f : failures) spec.commandLine().getErr().println("sitrep watch: delivery failed: " + f);
      spec.commandLine().getErr().println("sitrep watch: " + org.sitrep.batch.Summary.count(found, "new item", "new items")
          + " for " + list.name() + ", " + org.sitrep.batch.Summary.count(delivered, "notification", "notifications") + " delivered"
          + (silenced > 0 ? ", " + silenced + " silenced" : "") + (failures.isEmpty() ? "" : ", " + failures.size() + " pending after failures"));
      return failures.isEmpty() ? 0 : 1;
    }
  }

  private int silence(SqliteStore db, Watchlist list, PrintWriter out) {
    String rule = silence.equals("*") ? null : silence;
    if (rule != null && !rule.equals(Alerts.SOURCES) && list.rules().stream().noneMatch(r -> r.name().equals(rule))) {
      throw new IllegalArgumentException("watchlist " + watchlist + " has no rule '" + rule + "' (rules: "
          + String.join(", ", list.rules().stream().map(r -> "'" + r.name() + "'").toList()) + ", and '" + Alerts.SOURCES + "')");
    }
    Duration d = AlertSettings.parseDuration(silenceFor, "--for");
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    long id = db.alerts().addSilence(list.name(), rule, now, now.plus(d), comment);
    out.println("silence " + id + ": " + list.name() + " / " + (rule == null ? "every rule" : rule) + " muted until " + now.plus(d));
    return 0;
  }

  private int log(SqliteStore db, Watchlist list, PrintWriter out) {
    out.println("notifications (latest first):");
    for (AlertLog.Notification n : db.alerts().recent(20)) {
      if (!n.watchlist().equals(list.name())) continue;
      out.println("  " + n.id() + "  " + n.createdAt() + "  " + n.state() + (n.attempts() > 1 ? " after " + n.attempts() + " attempts" : "")
          + "  " + n.rule() + " (" + n.kind() + ")" + (n.lastError() == null ? "" : "  last error: " + n.lastError()));
    }
    out.println("silences:");
    Instant now = Instant.now();
    for (AlertLog.Silence s : db.alerts().silences(list.name())) {
      out.println("  " + s.id() + "  " + (s.rule() == null ? "every rule" : s.rule()) + "  " + s.startsAt() + " to " + s.endsAt()
          + (s.endsAt().isAfter(now) ? " (active)" : " (expired)") + ", " + db.alerts().muted(s.id()) + " items muted"
          + (s.comment().isEmpty() ? "" : ": " + s.comment()));
    }
    out.flush();
    return 0;
  }

  private static void sleepUntil(Instant due) {
    long ms = Duration.between(Instant.now(), due).toMillis();
    if (ms <= 0) return;
    try {
      Thread.sleep(ms + 5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
