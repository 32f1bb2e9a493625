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
import java.util.function.Function;
import org.sitrep.Sitrep;
import org.sitrep.actors.ActorMemory;
import org.sitrep.coding.ArticleCoder;
import org.sitrep.internal.Loading;
import org.sitrep.model.RawDocument;
import org.sitrep.batch.Batch;
import org.sitrep.batch.Summary;
import org.sitrep.config.SitrepConfig;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.model.Outcome;
import org.sitrep.source.DocumentSource;
import org.sitrep.store.PreparingStage;
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
        "What the store already has is recognised first (same bytes; a feed's link to a stored URL) and",
        "neither fetched nor processed again.",
        "Exit status: 0 when nothing failed, 1 when some document failed or the store could not be written,",
        "2 for a command line or store that cannot be used, 130 when interrupted (Ctrl-C).",
        "",
        "Examples:",
        "  sitrep ingest https://feeds.bbci.co.uk/news/world/rss.xml",
        "  sitrep ingest pages/ archive.warc.gz --db data/news.db -j 4",
        "  sitrep ingest feeds.opml --watch --interval 600"})
final class IngestCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(arity = "1..*", paramLabel = "SOURCE",
      description = "Files (.html, .htm, .txt, optionally .gz), directories, .warc/.warc.gz archives, http(s) URLs, or - for standard input.")
  List<String> inputs;

  @Option(names = "--format", description = "How to print the summary: text (default) or json.")
  Format format = Format.text;

  @Option(names = "--no-progress", description = "Do not draw the progress line.")
  boolean noProgress;

  @Option(names = "--no-code", description = "Store articles without coding them (no actors, quotes or events; much faster).")
  boolean noCode;

  @Option(names = "--watch", description = {"Keep polling the sources every --interval (or a feed's own RSS ttl when that",
      "is longer: it asks not to be polled more often), asking whether each changed (ETag, Last-Modified) and",
      "reading only new pages. Prints the rounds that found something and when the next poll is due. Ctrl-C stops."})
  boolean watch;

  @Option(names = "--interval", paramLabel = "SECONDS", description = "Polling interval for sources that state none (default: ${DEFAULT-VALUE}).")
  long intervalSeconds = 900;

  @Option(names = "--rounds", paramLabel = "N", hidden = true, description = "With --watch, stop after N rounds (for tests).")
  int rounds = Integer.MAX_VALUE;

  @Option(names = "--watchlist", paramLabel = "FILE", description = {"With --watch, run the watchlist's alerts after each",
      "round (as 'sitrep watch' does: terminal, and the watchlist's webhook), sources gone quiet or failing included."})
  java.nio.file.@org.jspecify.annotations.Nullable Path watchlist;

  @Mixin StoreOptions store = new StoreOptions();
  @Mixin ConfigOptions configOptions = new ConfigOptions();
  @Spec CommandSpec spec;

  /** What one ingest run did. */
  record Result(Summary summary, int stored, int alreadyStored, List<String[]> reasons) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (watchlist != null && !watch) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--watchlist runs alerts between polls: it needs --watch"
          + " (or run 'sitrep watch --watchlist " + watchlist + "' after an ingest)");
    }
    SitrepConfig config = configOptions.load();
    // Ctrl-C: the JVM runs this hook; what was stored is whole (see SqliteStore), so say so and how to go on
    java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
    Thread onInterrupt = new Thread(() -> {
      if (!finished.get()) {
        err.printf(Locale.ROOT, "%nsitrep ingest: interrupted: %s stored by this run; run the same command again to continue%n",
            org.sitrep.batch.Summary.count(STORED.get(), "document"));
        err.flush();
      }
    });
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try {
      return run(out, err, config);
    } finally {
      finished.set(true);
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run
      }
    }
  }

  /** Documents stored by this process, for the interruption message. */
  private static final java.util.concurrent.atomic.AtomicInteger STORED = new java.util.concurrent.atomic.AtomicInteger();

  private int run(PrintWriter out, PrintWriter err, SitrepConfig config) {
    Result result;
    try (SqliteStore db = store.openForWriting()) {
      if (watch) {
        return watch(config, db, err);
      }
      result = ingest(config, stage(config, db, noCode), new DocumentSource(config.source()), inputs, db, err,
          !noProgress && ProgressLine.onTerminal(), db.known());
    } catch (StoreException e) {
      err.println("sitrep ingest: " + e.getMessage());
      err.println("sitrep ingest: stopped; every document stored so far is whole, and a new run continues where this one stopped");
      return 1;
    }
    Summary summary = result.summary();
    if (format == Format.json) {
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("documents", summary.total());
      o.put("stored", result.stored());
      o.put("alreadyStored", result.alreadyStored());
      o.put("skipped", summary.skipped());
      o.put("failed", summary.failed());
      o.put("seconds", summary.elapsed().toMillis() / 1000.0);
      o.put("db", store.db.toString());
      ArrayNode r = o.putArray("reasons");
      for (String[] x : result.reasons()) {
        r.addObject().put("source", x[0]).put("status", x[1]).put("reason", x[2]);
      }
      out.println(o.toString());
    }
    err.printf(Locale.ROOT, "sitrep ingest: %s: %d stored, %d already stored, %d skipped, %d failed (%.1f s) into %s%n",
        Summary.count(summary.total(), "document"), result.stored(), result.alreadyStored(), summary.skipped(), summary.failed(),
        summary.elapsed().toMillis() / 1000.0, store.db);
    out.flush();
    return summary.failed() > 0 ? 1 : 0;
  }

  /** Polls the inputs round after round, each when its interval is up, until stopped. */
  private int watch(SitrepConfig config, SqliteStore db, PrintWriter err) {
    DocumentSource source = DocumentSource.watching(config.source());
    Function<RawDocument, Outcome> stage = stage(config, db, noCode);
    org.sitrep.watch.Alerts alerts = null;
    if (watchlist != null) {
      org.sitrep.watch.Watchlist list = org.sitrep.watch.Watchlist.read(watchlist);
      alerts = new org.sitrep.watch.Alerts(db, list,
          org.sitrep.watch.Alerts.sinks(spec.commandLine().getOut(), list, "watchlist " + watchlist), java.time.Clock.systemUTC());
    }
    java.util.Map<String, Long> due = new java.util.HashMap<>();
    inputs.forEach(i -> due.put(i, 0L));
    int failed = 0;
    java.util.Set<String> toldTtl = new java.util.HashSet<>();
    Duration interval = Duration.ofSeconds(Math.max(0, intervalSeconds));
    for (int round = 1; round <= rounds; round++) {
      long now = System.nanoTime();
      List<String> dueNow = inputs.stream().filter(i -> due.get(i) <= now).toList();
      // one source at a time, so each poll is recorded with what it brought (source-silence alerts read it)
      int stored = 0;
      int skipped = 0;
      int roundFailed = 0;
      for (String i : dueNow) {
        Result one = ingest(config, stage, source, List.of(i), db, err, false, db.known());
        stored += one.stored();
        skipped += one.summary().skipped();
        roundFailed += one.summary().failed();
        db.sourcePolls().record(new org.sitrep.store.SourcePolls.Poll(i, java.time.Instant.now(), one.stored(),
            one.summary().failed() > 0 && one.stored() == 0 ? one.summary().failed() + " failed" : null));
      }
      failed += roundFailed;
      if (alerts != null) alerts.run(org.sitrep.watch.Alerts.LOOKBACK_DAYS);
      for (String i : dueNow) {
        Duration every = interval;
        java.util.Optional<Duration> ttl = source.pollInterval(i);
        if (ttl.isPresent() && ttl.get().compareTo(interval) > 0) {
          every = ttl.get();
          if (toldTtl.add(i)) {
            err.printf(Locale.ROOT, "sitrep ingest --watch: %s asks to be polled at most every %s (RSS ttl); polling it so%n",
                i, human(ttl.get()));
          }
        }
        due.put(i, System.nanoTime() + every.toNanos());
      }
      long next = due.values().stream().mapToLong(Long::longValue).min().orElse(System.nanoTime());
      // a quiet round (nothing new, nothing wrong) says nothing: a line every few seconds helps no one
      if (stored > 0 || roundFailed > 0 || skipped > 0 || round == 1) {
        err.printf(Locale.ROOT, "sitrep ingest --watch: %s: %d sources polled, %d new documents stored, %d skipped, %d failed;"
            + " next poll in %s%n", java.time.LocalTime.now().withNano(0), dueNow.size(), stored, skipped,
            roundFailed, human(Duration.ofNanos(Math.max(0, next - System.nanoTime()))));
        err.flush();
      }
      if (round == rounds) {
        break;
      }
      long sleep = Math.max(0, next - System.nanoTime());
      try {
        Thread.sleep(sleep / 1_000_000L);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return failed > 0 ? 1 : 0;
  }

  private static String human(Duration d) {
    long s = Math.round(d.toMillis() / 1000.0);
    return s < 120 ? s + " s" : s < 7200 ? Math.round(s / 60.0) + " min" : Math.round(s / 3600.0) + " h";
  }

  /**
   * What each document goes through before it is stored: extraction, then coding (unless
   * {@code noCode}) with an actor memory that starts from what the store has learned.
   */
  static Function<RawDocument, Outcome> stage(SitrepConfig config, SqliteStore db, boolean noCode) {
    if (noCode) {
      return Sitrep.extractor(config).warmUp()::process;
    }
    // the extractor warms up (its language profiles, 0.4 s) on a thread of its own while the run starts reading
    Loading<ArticleExtractor> extractor = Loading.start("extractor",
        () -> Sitrep.extractor(config).warmUp());
    ActorMemory memory = ActorMemory.inMemory();
    db.rememberedActors().forEach(memory::remember);
    // the language models start loading when the first new document arrives, not for a run of known ones, and load
    // beside the extractor's warm-up and while the document is extracted
    Loading<ArticleCoder> coder = Loading.deferred("coder", () -> ArticleCoder.create(config.coding(), memory));
    return doc -> {
      coder.start();
      Outcome extracted = extractor.join().process(doc);
      return extracted.status() == Outcome.Status.PROCESSED ? coder.join().process(extracted) : extracted;
    };
  }

  /** Reads, processes and stores {@code inputs}; skipped and failed documents are reported on {@code err}. */
  static Result ingest(SitrepConfig config, Function<RawDocument, Outcome> stage, DocumentSource source, List<String> inputs,
      SqliteStore db, PrintWriter err, boolean showProgress, SqliteStore.Known known) {
    int[] stored = {0};
    int[] alreadyStored = {0};
    List<String[]> reasons = new ArrayList<>();
    ProgressLine progress = new ProgressLine(err, showProgress, showProgress ? ProgressLine.expected(inputs) : 0);
    PreparingStage preparing = new PreparingStage();
    // what the store has is recognised by its bytes (or, for a feed's links, its URL) before any work
    Batch batch = new Batch(source.skippingStored(known.urls()::contains), preparing.around(stage, known.contentHashes()::contains),
        config.threads(),
        Duration.ofMillis(config.extract().timeoutMillis() * 3 + 120_000));
    Summary summary = batch.run(inputs, (document, outcome) -> {
      progress.clear();
      if (outcome.status() == Outcome.Status.PROCESSED && document != null) {
        Stored s = preparing.put(db, document, outcome);
        if (s.status() == Stored.Status.STORED) {
          stored[0]++;
          STORED.incrementAndGet();
        } else {
          alreadyStored[0]++;
        }
      } else if (outcome.status() == Outcome.Status.KNOWN) {
        alreadyStored[0]++;
      } else if (outcome.status() != Outcome.Status.PROCESSED) {
        String status = outcome.status().name().toLowerCase(Locale.ROOT);
        reasons.add(new String[] {outcome.source(), status, outcome.reason()});
        err.println(status + ": " + outcome.source() + ": " + outcome.reason());
      }
    }, progress);
    db.flush();
    progress.clear();
    return new Result(summary, stored[0], alreadyStored[0], reasons);
  }
}
