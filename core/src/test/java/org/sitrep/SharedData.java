package org.sitrep;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} (read-only data beside the repository); tests skip when it is absent. */
public final class SharedData {
  private SharedData() {}

  /** The path of {@code relative} under shared/, or a skipped test when it is not there. */
  public static Path require(String relative) {
    String base = System.getProperty("sitrep.shared", "../../shared");
    Path p = Path.of(base).resolve(relative).normalize();
    assumeTrue(Files.exists(p), "shared data not present: " + p);
    return p;
  }
}
