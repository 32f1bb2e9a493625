package org.sitrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The store every store command opens. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE}).")
  Path db = Path.of("data", "sitrep.db");
}
