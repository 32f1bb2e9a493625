package org.sitrep.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.SqliteStore;
import org.sitrep.watch.NewMatches;
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
        "  sitrep watch --watchlist korea.yaml --jsonl alerts.jsonl --days 3"})
final class WatchCommand implements Callable<Integer> {
  @Option(names = "--watchlist", required = true, paramLabel = "FILE", description = "The watchlist (YAML).")
  Path watchlist;

  @Option(names = "--days", paramLabel = "N", description = "Look at events dated in the last N days (default: ${DEFAULT-VALUE}).")
  int days = 7;

  @Option(names = "--jsonl", paramLabel = "FILE", description = "Also append each notification as one JSON line (version 1, with a stable key).")
  @Nullable Path jsonl;

  @Mixin StoreOptions store = new StoreOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Watchlist list = Watchlist.read(watchlist);
    if (!Files.exists(store.db)) {
      throw new IllegalArgumentException("no store at " + store.db + "; run 'sitrep ingest' first or give --db");
    }
    int told = 0;
    try (SqliteStore db = store.openForWriting()) {
      List<NewMatches.Notice> notices = NewMatches.find(db, list, Math.max(1, days));
      for (NewMatches.Notice n : notices) {
        spec.commandLine().getOut().print(NewMatches.text(n));
        spec.commandLine().getOut().flush();
        if (jsonl != null) {
          Path abs = jsonl.toAbsolutePath();
          Files.createDirectories(abs.getParent());
          try (Writer w = Files.newBufferedWriter(abs, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
              StandardOpenOption.APPEND)) {
            w.write(NewMatches.json(n).toString());
            w.write('\n');
          }
        }
        NewMatches.recordDelivered(db, n); // after delivery: at least once
        told += n.events().size();
      }
      for (NewMatches.SpikeNotice s : NewMatches.spikes(db, list, java.time.LocalDate.now(java.time.ZoneOffset.UTC))) {
        spec.commandLine().getOut().print(NewMatches.text(s));
        spec.commandLine().getOut().flush();
        db.recordSpike(s.watchlist(), s.rule().name(), s.spike().day(), s.spike().count(), s.spike().baseline());
      }
    }
    spec.commandLine().getErr().println("sitrep watch: " + org.sitrep.batch.Summary.count(told, "new match", "new matches")
        + " for " + list.name());
    return 0;
  }
}
