package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sitrep.batch.Batch;

/** A single self-rewriting line on stderr, redrawn at most five times a second, only on a terminal. */
final class ProgressLine implements Batch.Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;
  /** Documents expected, when the inputs are files and directories (0: unknown, as for feeds). */
  private final int total;

  ProgressLine(PrintWriter err, boolean enabled) {
    this(err, enabled, 0);
  }

  ProgressLine(PrintWriter err, boolean enabled, int total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
  }

  /**
   * How many documents local inputs hold (files, directories walked), or 0 when any input is a URL,
   * standard input, an archive or a list of links, whose count is not known before reading.
   */
  static int expected(java.util.List<String> inputs) {
    int n = 0;
    for (String input : inputs) {
      java.nio.file.Path p = java.nio.file.Path.of(input);
      if (input.equals("-") || input.contains("://") || !java.nio.file.Files.exists(p)) return 0;
      try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(p)) {
        for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) walk.filter(java.nio.file.Files::isRegularFile)::iterator) {
          String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
          if (name.contains(".warc") || name.endsWith(".xml") || name.endsWith(".opml") || name.endsWith(".rss")
              || name.endsWith(".txt.list")) {
            return 0;
          }
          n++;
        }
      } catch (java.io.IOException | java.io.UncheckedIOException e) {
        return 0;
      }
    }
    return n;
  }

  static boolean onTerminal() {
    return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"))
        && System.getenv("CI") == null;
  }

  @Override
  public void update(int done, int processed, int skipped, int failed) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 200_000_000L) {
      return;
    }
    lastDraw = now;
    double seconds = (now - start) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    if (total > 0) {
      long eta = rate > 0 ? Math.round(Math.max(0, total - done) / rate) : -1;
      err.printf(Locale.ROOT, "\r%,d of %,d documents (%d%%): %d processed, %d skipped, %d failed (%.0f/s, %s left) ", done,
          total, Math.min(100, done * 100 / total), processed, skipped, failed, rate,
          eta < 0 ? "?" : eta < 120 ? eta + " s" : (eta + 30) / 60 + " min");
    } else {
      err.printf(Locale.ROOT, "\r%,d documents: %d processed, %d skipped, %d failed (%.0f/s) ", done, processed, skipped,
          failed, rate);
    }
    err.flush();
    drawn = true;
  }

  void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
