package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.batch.Batch;
import org.sitrep.batch.Summary;
import org.sitrep.config.SitrepConfig;
import org.sitrep.model.Outcome;
import org.sitrep.model.RawDocument;
import org.sitrep.source.DocumentSource;

/**
 * The run that {@code extract} and {@code code} share: every input through a stage on the worker pool,
 * a progress line, each skipped or failed document reported on stderr, and a closing summary.
 */
final class DocumentRun {
  private DocumentRun() {}

  /**
   * @param command the command's name, for the summary line
   * @param extraTime time a document may take beyond extraction's own budget before it is given up
   * @param each receives every outcome, in input order, after it is reported
   * @return the exit status: 1 when some document failed, else 0
   */
  static int run(String command, SitrepConfig config, Function<RawDocument, Outcome> stage, Duration extraTime,
      List<String> inputs, boolean noProgress, PrintWriter err, Consumer<Outcome> each) {
    boolean show = !noProgress && ProgressLine.onTerminal();
    ProgressLine progress = new ProgressLine(err, show, show ? ProgressLine.expected(inputs) : 0);
    Duration hardLimit = Duration.ofMillis(config.extract().timeoutMillis() * 3).plus(extraTime);
    Batch batch = new Batch(new DocumentSource(config.source()), stage, config.threads(), hardLimit);
    Summary summary = batch.run(inputs, outcome -> {
      progress.clear();
      report(err, outcome);
      each.accept(outcome);
    }, progress);
    progress.clear();
    err.println("sitrep " + command + ": " + summary.line());
    return summary.failed() > 0 ? 1 : 0;
  }

  static void report(PrintWriter err, Outcome o) {
    switch (o.status()) {
      case SKIPPED -> err.println("skipped: " + o.source() + ": " + o.reason());
      case FAILED -> err.println("failed: " + o.source() + ": " + o.reason());
      case PROCESSED -> o.warnings().forEach(w -> err.println("warning: " + o.source() + ": " + w));
      case KNOWN -> { }
    }
  }
}
