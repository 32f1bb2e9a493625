package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.Sitrep;
import org.sitrep.config.SitrepConfig;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.ExtractionException;
import org.sitrep.format.ArticleJson;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;
import org.sitrep.source.DocumentSink;
import org.sitrep.source.DocumentSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep extract}: raw pages and scraped text to clean articles. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract clean articles from HTML pages, scraped text, WARC archives or URLs.",
        "One document prints one JSON object; several print JSON Lines. With --out, one file per document.",
        "Exit status: 0 all processed or skipped, 1 some failed, 2 bad usage."})
final class ExtractCommand implements Callable<Integer> {
  enum Format { json, jsonl, text }

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files (.html, .htm, .txt, optionally .gz), directories, .warc/.warc.gz archives, http(s) URLs, or - for standard input.")
  List<String> inputs;

  @Option(names = "--format", description = "json (default), jsonl or text (the body only).")
  Format format = Format.json;

  @Option(names = "--out", paramLabel = "DIR", description = "Write one file per document under DIR.")
  @Nullable Path out;

  @Option(names = "--explain", description = "Print how the body of each HTML page was found, block by block.")
  boolean explain;

  @Option(names = "--no-progress", description = "Do not draw the progress line.")
  boolean noProgress;

  @Mixin
  ConfigOptions configOptions = new ConfigOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    SitrepConfig config = configOptions.load();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleExtractor extractor = Sitrep.extractor(config).warmUp();
    if (explain) {
      return explain(new DocumentSource(config.source()), extractor, stdout, err);
    }
    DocumentOutput<Article> output = new DocumentOutput<>(stdout, out, switch (format) {
      case json -> DocumentOutput.Mode.JSON;
      case jsonl -> DocumentOutput.Mode.JSONL;
      case text -> DocumentOutput.Mode.TEXT;
    }, a -> format == Format.text ? a.text() : ArticleJson.line(a), ArticleJson::pretty);
    int status = DocumentRun.run("extract", config, extractor::process, Duration.ofSeconds(10), inputs, noProgress, err,
        outcome -> {
          if (outcome.article() != null) {
            output.write(outcome.name(), outcome.article());
          }
        });
    output.finish();
    return status;
  }

  private int explain(DocumentSource source, ArticleExtractor extractor, PrintWriter stdout, PrintWriter err) {
    int[] failed = {0};
    source.read(inputs, new DocumentSink() {
      @Override
      public void document(RawDocument d) {
        try {
          stdout.println("== " + d.source());
          stdout.print(extractor.explain(d));
        } catch (ExtractionException e) {
          err.println("failed: " + d.source() + ": " + e.getMessage());
          failed[0]++;
        }
      }

      @Override
      public void unreadable(String src, String name, boolean skipped, String reason) {
        err.println((skipped ? "skipped: " : "failed: ") + src + ": " + reason);
        if (!skipped) {
          failed[0]++;
        }
      }
    });
    stdout.flush();
    return failed[0] > 0 ? 1 : 0;
  }
}
