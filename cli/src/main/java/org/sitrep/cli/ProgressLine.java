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

  ProgressLine(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
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
    err.printf(Locale.ROOT, "\r%d documents: %d processed, %d skipped, %d failed (%.0f/s) ", done, processed, skipped,
        failed, seconds > 0 ? done / seconds : 0);
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
