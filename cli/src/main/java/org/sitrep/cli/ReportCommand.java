package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.SqliteStore;
import org.sitrep.watch.DailyReport;
import org.sitrep.watch.ReportHtml;
import org.sitrep.watch.ReportMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep report}: the daily situation report of a store. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"The daily situation report: the day's top stories by number of outlets, actor pairs new or",
        "escalating against the previous seven days, the day's events by modality (what happened kept apart from",
        "what is reported, alleged, denied, planned or hypothetical) and quotations with their speakers, each line",
        "linked to its articles. Events count on the day they happened, not the day they were stored. The same",
        "store and day give the same report.",
        "",
        "Examples:",
        "  sitrep report --day 2024-06-14",
        "  sitrep report --day 2024-06-14 --format html --out report.html",
        "  sitrep report --day 2024-06-14 --watchlist korea.yaml"})
final class ReportCommand implements Callable<Integer> {
  enum Format { md, html }

  @Option(names = "--day", paramLabel = "DATE", description = "The day (2024-06-14; default: yesterday, UTC).")
  @Nullable String day;

  @Option(names = "--watchlist", paramLabel = "FILE",
      description = "A watchlist (YAML): add what each of its rules found that day.")
  @Nullable Path watchlist;

  @Option(names = "--format", description = "md (default) or html.")
  Format format = Format.md;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  @Nullable Path out;

  @Option(names = "--deliver", description = {"Also deliver the report (Markdown) to the watchlist's alert destinations",
      "(its webhook, and --jsonl): once per watchlist and day, however often it is run."})
  boolean deliver;

  @Option(names = "--jsonl", paramLabel = "FILE", description = "With --deliver, also append the notification as one JSON line.")
  @Nullable Path jsonl;

  @Mixin StoreOptions store = new StoreOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    LocalDate date;
    try {
      date = day == null ? LocalDate.now(ZoneOffset.UTC).minusDays(1) : LocalDate.parse(day.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--day takes a date such as 2024-06-14, not '" + day + "'");
    }
    if (deliver && watchlist == null) {
      throw new IllegalArgumentException("--deliver sends the report to a watchlist's destinations: give --watchlist");
    }
    org.sitrep.watch.Watchlist list = watchlist == null ? null : org.sitrep.watch.Watchlist.read(watchlist);
    DailyReport report;
    try (SqliteStore db = store.openExisting()) {
      report = DailyReport.of(db, date, list);
    }
    String text = format == Format.html ? ReportHtml.write(report) : ReportMarkdown.write(report);
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      Path abs = out.toAbsolutePath();
      Files.createDirectories(abs.getParent());
      Files.writeString(abs, text, StandardCharsets.UTF_8);
      spec.commandLine().getErr().println("sitrep report: " + date + " written to " + out);
    }
    return deliver ? deliver(list, date, format == Format.md ? text : ReportMarkdown.write(report)) : 0;
  }

  private int deliver(org.sitrep.watch.Watchlist list, LocalDate date, String markdown) {
    java.util.List<org.sitrep.watch.AlertSink> sinks = new java.util.ArrayList<>();
    if (jsonl != null) sinks.add(org.sitrep.watch.StreamSinks.jsonl(jsonl));
    org.sitrep.watch.AlertSink webhook = list.alerts().webhookSink("watchlist " + watchlist);
    if (webhook != null) sinks.add(webhook);
    if (sinks.isEmpty()) {
      throw new IllegalArgumentException("--deliver: watchlist " + watchlist + " has no alerts.webhook; give one, or --jsonl FILE");
    }
    // the report goes out at once, whatever the watchlist's group_wait
    org.sitrep.watch.Watchlist now = new org.sitrep.watch.Watchlist(list.name(), list.rules(), list.alerts().withoutWaiting());
    try (SqliteStore db = store.openForWriting()) {
      org.sitrep.watch.Alerts.Round round = new org.sitrep.watch.Alerts(db, now, sinks, java.time.Clock.systemUTC()).report(date, markdown);
      java.io.PrintWriter err = spec.commandLine().getErr();
      for (String f : round.failures()) err.println("sitrep report: delivery failed: " + f);
      err.println("sitrep report: " + date + " for " + list.name() + (round.found() == 0 ? ": recorded before, not sent again"
          + (round.delivered() > 0 ? " (a pending earlier attempt was delivered now)" : "") : round.delivered() > 0 ? ": delivered" : ": pending"));
      err.flush();
      return round.failures().isEmpty() ? 0 : 1;
    }
  }
}
