package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.Sitrep;
import org.sitrep.coding.ArticleCoder;
import org.sitrep.config.SitrepConfig;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.format.CodedJson;
import org.sitrep.model.CodedArticle;
import java.util.function.Function;
import org.sitrep.model.Outcome;
import org.sitrep.model.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep code}: extract, then actors, quotes, dates and CAMEO events. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = {"Extract articles, then resolve actors, attribute quotes, normalise dates and code CAMEO events.",
        "Same inputs and output naming as extract. One document prints one JSON object; several print JSON Lines.",
        "Exit status: 0 all processed or skipped, 1 some failed, 2 bad usage."})
final class CodeCommand implements Callable<Integer> {
  enum Format { json, jsonl }

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files (.html, .htm, .txt, optionally .gz), directories, .warc/.warc.gz archives, http(s) URLs, or - for standard input.")
  List<String> inputs;

  @Option(names = "--format", description = "json (default) or jsonl.")
  Format format = Format.json;

  @Option(names = "--out", paramLabel = "DIR", description = "Write one file per document under DIR.")
  @Nullable Path out;

  @Option(names = "--explain", description = "Print each sentence that can hold an event with its parse and actors, instead of JSON.")
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
    // a mistyped path is said at once, not after the language models have loaded for seconds
    for (String input : inputs) {
      if (!input.equals("-") && !input.startsWith("http://") && !input.startsWith("https://")
          && !java.nio.file.Files.exists(java.nio.file.Path.of(input))) {
        throw new IllegalArgumentException("no such file or directory: " + input);
      }
    }
    ArticleExtractor extractor = Sitrep.extractor(config).warmUp();
    ArticleCoder coder = ArticleCoder.create(config.coding());
    DocumentOutput<CodedArticle> output = new DocumentOutput<>(stdout, out,
        format == Format.jsonl ? DocumentOutput.Mode.JSONL : DocumentOutput.Mode.JSON, CodedJson::line, CodedJson::pretty);
    // --explain reads each article once, in explain(); it is not coded first
    Function<RawDocument, Outcome> stage = explain ? extractor::process : doc -> coder.process(extractor.process(doc));
    int status = DocumentRun.run("code", config, stage, Duration.ofMinutes(2), inputs, noProgress, err, outcome -> {
      if (explain && outcome.article() != null) {
        stdout.println("== " + outcome.source());
        stdout.print(coder.explain(outcome.article()));
      } else if (outcome.coded() != null) {
        output.write(outcome.name(), outcome.coded());
      }
    });
    output.finish();
    return status;
  }
}
