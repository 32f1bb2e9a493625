package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.store.SqliteStore;
import org.sitrep.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts of what the store holds, and its size on disk.")
final class StatsCommand implements Callable<Integer> {
  enum Format { text, json }

  @Option(names = "--format", description = "text (default) or json.")
  Format format = Format.text;

  @Mixin StoreOptions store = new StoreOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    StoreStats s;
    try (SqliteStore db = store.openExisting()) {
      s = db.stats();
    }
    if (format == Format.json) {
      out.println(new ObjectMapper().writeValueAsString(s));
    } else {
      out.printf(Locale.ROOT, "store             %s%ndocuments         %,d%narticles          %,d%nlinked as copies  %,d%n"
          + "stories           %,d%nactors            %,d%nevents            %,d%nsize              %.1f MB%n", store.db,
          s.documents(), s.articles(), s.linkedCopies(),
          s.stories(), s.actors(), s.events(), s.bytesOnDisk() / 1e6);
    }
    out.flush();
    return 0;
  }
}
