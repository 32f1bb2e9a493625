package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.actors.Gazetteer;
import org.sitrep.format.GdeltExport;
import org.sitrep.format.StoredEventJson;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SqliteStore;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: every stored event to a file others' tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the stored events to a file: gdelt (the GDELT 2.0 event table, 61 tab-separated columns),",
        "jsonl (one event per line, the events command's JSON) or csv. The file is written whole or not at all."})
final class ExportCommand implements Callable<Integer> {
  enum Format { gdelt, jsonl, csv }

  @Option(names = "--format", required = true, description = "gdelt, jsonl or csv.")
  Format format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write.")
  Path out;

  @Option(names = "--since", paramLabel = "DATE", description = "Events seen at or after (2024-06-01 or an ISO instant).")
  @Nullable String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Events first seen before this.")
  @Nullable String until;

  @Mixin StoreOptions store = new StoreOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<StoredEvent> events;
    try (SqliteStore db = store.openExisting()) {
      events = db.events(new EventQuery(null, null, null, null, null, SearchCommand.instant(since, "--since"),
          SearchCommand.instant(until, "--until"), Integer.MAX_VALUE));
    }
    Path abs = out.toAbsolutePath();
    Files.createDirectories(abs.getParent());
    Path tmp = Files.createTempFile(abs.getParent(), ".sitrep-export", ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      switch (format) {
        case gdelt -> GdeltExport.write(events, w, Gazetteer::isKnownGroup);
        case jsonl -> {
          for (StoredEvent e : events) {
            w.write(StoredEventJson.toTree(e).toString());
            w.write('\n');
          }
        }
        case csv -> {
          w.write(String.join(",", GdeltExport.COLUMNS));
          w.write('\n');
          for (StoredEvent e : events) {
            String[] f = GdeltExport.line(e, Gazetteer::isKnownGroup).split("\t", -1);
            for (int i = 0; i < f.length; i++) {
              if (i > 0) w.write(',');
              w.write(f[i].isEmpty() ? "" : SearchCommand.csv(f[i]));
            }
            w.write('\n');
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    spec.commandLine().getErr().printf("sitrep export: %d events written to %s (%s)%n", events.size(), out, format);
    return 0;
  }
}
