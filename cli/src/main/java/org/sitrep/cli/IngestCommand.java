package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.Sitrep;
import org.sitrep.batch.Batch;
import org.sitrep.batch.Summary;
import org.sitrep.config.SitrepConfig;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.model.Outcome;
import org.sitrep.source.DocumentSource;
import org.sitrep.store.SqliteStore;
import org.sitrep.store.StoreException;
import org.sitrep.store.Stored;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest}: read sources, extract, store each document once. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Read sources, extract their articles and keep them in the store, each document once.",
        "Re-ingesting the same sources adds nothing: documents are known by canonical URL and content hash.",
        "Exit status: 0 when nothing failed, 1 when some document failed or the store could not be written."})
final class IngestCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(arity = "1..*", paramLabel = "SOURCE",
      description = "Files (.html, .htm, .txt, optionally .gz), directories, .warc/.warc.gz archives or http(s) URLs.")
  List<String> inputs;

  @Option(names = "--format", description = "How to print the summary: text (default) or json.")
  Format format = Format.text;

  @Option(names = "--no-progress", description = "Do not draw the progress line.")
  boolean noProgress;

  @Mixin StoreOptions store = new StoreOptions();
  @Mixin ConfigOptions configOptions = new ConfigOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SitrepConfig config = configOptions.load();
    ArticleExtractor extractor = Sitrep.extractor(config).warmUp();
    int[] stored = {0};
    int[] duplicates = {0};
    List<String[]> reasons = new ArrayList<>();
    Summary summary;
    String abort = null;
    try (SqliteStore db = SqliteStore.open(store.db)) {
      ProgressLine progress = new ProgressLine(err, !noProgress && ProgressLine.onTerminal());
      Batch batch = new Batch(new DocumentSource(config.source()), extractor::process, config.threads(),
          Duration.ofMillis(config.extract().timeoutMillis() * 3 + 10_000));
      summary = batch.run(inputs, (document, outcome) -> {
        progress.clear();
        if (outcome.status() == Outcome.Status.PROCESSED && document != null) {
          Stored s = db.put(document, outcome.article());
          if (s.status() == Stored.Status.STORED) {
            stored[0]++;
          } else {
            duplicates[0]++;
          }
        } else if (outcome.status() != Outcome.Status.PROCESSED) {
          reasons.add(new String[] {outcome.source(), outcome.status().name().toLowerCase(Locale.ROOT), outcome.reason()});
          err.println(outcome.status().name().toLowerCase(Locale.ROOT) + ": " + outcome.source() + ": " + outcome.reason());
        }
      }, progress);
      progress.clear();
    } catch (StoreException e) {
      abort = e.getMessage();
      summary = null;
    }
    if (abort != null) {
      err.println("sitrep ingest: " + abort);
      err.println("sitrep ingest: stopped after storing " + stored[0] + " documents (" + duplicates[0]
          + " duplicates); nothing half-written is left in the store");
      return 1;
    }
    if (format == Format.json) {
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("documents", summary.total());
      o.put("stored", stored[0]);
      o.put("duplicates", duplicates[0]);
      o.put("skipped", summary.skipped());
      o.put("failed", summary.failed());
      o.put("seconds", summary.elapsed().toMillis() / 1000.0);
      o.put("db", store.db.toString());
      ArrayNode r = o.putArray("reasons");
      for (String[] x : reasons) {
        r.addObject().put("source", x[0]).put("status", x[1]).put("reason", x[2]);
      }
      out.println(o.toString());
    }
    err.printf(Locale.ROOT, "sitrep ingest: %d documents: %d stored, %d duplicates, %d skipped, %d failed (%.1f s) into %s%n",
        summary.total(), stored[0], duplicates[0], summary.skipped(), summary.failed(),
        summary.elapsed().toMillis() / 1000.0, store.db);
    out.flush();
    return summary.failed() > 0 ? 1 : 0;
  }
}
