package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.store.SqliteStore;
import picocli.CommandLine.Option;

/** The store every store command opens. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE}).")
  Path db = Path.of("data", "sitrep.db");

  /** Opens the store for reading commands, which have nothing to show when there is none yet. */
  SqliteStore openExisting() {
    if (!Files.exists(db)) {
      throw new IllegalArgumentException("no store at " + db + "; run 'sitrep ingest' first or give --db");
    }
    return SqliteStore.open(db);
  }
}
