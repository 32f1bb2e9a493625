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
    description = {"Write the stored events to a file: gdelt (the GDELT 2.0 event table, 61 tab-separated",
        "columns), jsonl (one event per line, the events command's JSON) or csv. The file is written whole or",
        "not at all. By default only events stated as fact (happened, reported): GDELT has no modality column,",
        "so a planned, hypothetical, alleged or denied act would read as done.",
        "",
        "Examples:",
        "  sitrep export --format gdelt --out events.tsv",
        "  sitrep export --format jsonl --out - --since 2024-06-01 --modality all"})
final class ExportCommand implements Callable<Integer> {
  enum Format { gdelt, jsonl, csv }

  @Option(names = "--format", required = true, description = "gdelt, jsonl or csv.")
  Format format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write; - for standard output.")
  String out;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Events dated on or after this day (2024-06-01 or an ISO instant).")
  @Nullable String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Events dated before this day.")
  @Nullable String until;

  @Option(names = "--modality", paramLabel = "LIST", split = ",", defaultValue = "happened,reported",
      description = "Modalities to export, comma-separated (happened, reported, alleged, denied, planned, "
          + "hypothetical) or all; default ${DEFAULT-VALUE}.")
  List<String> modalities;

  @Mixin StoreOptions store = new StoreOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    java.util.Set<String> wanted = new java.util.HashSet<>();
    for (String m : modalities) wanted.add(m.strip().toLowerCase(java.util.Locale.ROOT));
    java.util.Set<String> known = java.util.Set.of("happened", "reported", "alleged", "denied", "planned", "hypothetical");
    if (!wanted.contains("all") && !known.containsAll(wanted)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--modality takes " + String.join(", ",
          new java.util.TreeSet<>(known)) + " or all; not " + String.join(",", modalities));
    }
    List<StoredEvent> events;
    try (SqliteStore db = store.openExisting()) {
      events = db.events(new EventQuery(null, null, null, null, null, SearchCommand.instant(since, "--since"),
          SearchCommand.instant(until, "--until"), Integer.MAX_VALUE));
    }
    int all = events.size();
    if (!wanted.contains("all")) events = events.stream().filter(e -> wanted.contains(e.modality())).toList();
    String note = all == events.size() ? "" : String.format(java.util.Locale.ROOT,
        "; %d of other modalities left out (--modality all keeps them)", all - events.size());
    if (out.equals("-")) {
      Writer w = spec.commandLine().getOut();
      write(events, w);
      w.flush();
      spec.commandLine().getErr().printf("sitrep export: %,d events written to standard output (%s)%s%n", events.size(),
          format, note);
      return 0;
    }
    Path abs = Path.of(out).toAbsolutePath();
    Files.createDirectories(abs.getParent());
    // a temporary file of our own naming, created like any other so that it takes the user's umask
    Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      write(events, w);
    } catch (IOException | UncheckedIOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    spec.commandLine().getErr().printf("sitrep export: %,d events written to %s (%s)%s%n", events.size(), out, format, note);
    return 0;
  }

  private void write(List<StoredEvent> events, Writer w) throws IOException {
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
  }
}
