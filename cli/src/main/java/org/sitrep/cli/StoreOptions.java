package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.sitrep.store.SqliteStore;
import picocli.CommandLine.Option;

/** The store every store command opens. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE}).")
  Path db = Path.of("data", "sitrep.db");

  @Option(names = "--lock-wait", paramLabel = "SECONDS",
      description = "How long a write waits while another run writes to the same store (default: ${DEFAULT-VALUE}).")
  long lockWaitSeconds = SqliteStore.DEFAULT_LOCK_WAIT.toSeconds();

  Duration lockWait() {
    return Duration.ofSeconds(Math.max(0, lockWaitSeconds));
  }

  /** Opens the store for writing, creating it when needed. */
  SqliteStore openForWriting() {
    return SqliteStore.open(db, lockWait());
  }

  /** Opens the store read-only for reading commands, which have nothing to show when there is none yet. */
  SqliteStore openExisting() {
    if (!Files.exists(db)) {
      throw new IllegalArgumentException("no store at " + db + "; run 'sitrep ingest' first or give --db");
    }
    return SqliteStore.openForReading(db, lockWait());
  }
}
