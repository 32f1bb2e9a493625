package org.sitrep.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sitrep.batch.Batch;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.Outcome;
import org.sitrep.model.RawDocument;
import org.sitrep.source.DocumentSource;
import org.sitrep.store.SearchHit;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.SqliteStore;

/**
 * The store's numbers: ingest throughput (read + extract + store) on the 181 benchmark pages with
 * one thread and with all cores, the store's own write rate, and search latency (p50/p95) on a
 * store of generated articles (real paragraphs from the benchmark bodies, recombined).
 *
 * <pre>java -cp bench/target/sitrep-bench.jar org.sitrep.bench.StoreBenchmark [--articles 100000] [--work DIR]</pre>
 */
public final class StoreBenchmark {
  public static void main(String[] args) throws Exception {
    Path data = Path.of("../shared/bench/article-extraction");
    int articles = 100_000;
    boolean queriesOnly = false;
    Path work = Files.createTempDirectory("sitrep-store-bench");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        case "--data" -> data = Path.of(args[++i]);
        case "--queries-only" -> queriesOnly = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Files.createDirectories(work);
    System.out.printf(Locale.ROOT, "store benchmark, JVM %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
    ArticleExtractor extractor = ArticleExtractor.withDefaults().warmUp();
    int cores = Runtime.getRuntime().availableProcessors();
    for (int threads : queriesOnly ? new int[0] : new int[] {1, cores}) {
      double best = 0;
      for (int round = 0; round < 4; round++) {
        Path db = work.resolve("ingest-" + threads + "-" + round + ".db");
        try (SqliteStore store = SqliteStore.open(db)) {
          int[] stored = {0};
          long start = System.nanoTime();
          new Batch(DocumentSource.withDefaults(), extractor::process, threads, Duration.ofMinutes(1)).run(
              List.of(data.resolve("html").toString()), (doc, o) -> {
                if (o.status() == Outcome.Status.PROCESSED && doc != null) {
                  store.put(doc, o.article());
                  stored[0]++;
                }
              }, (d, p, s, f) -> { });
          double perSecond = stored[0] / ((System.nanoTime() - start) / 1e9);
          if (round > 0) { // the first round warms the JIT
            best = Math.max(best, perSecond);
          }
        }
      }
      System.out.printf(Locale.ROOT, "ingest (read + extract + store), %d thread%s: %.0f documents/s (best of 3 after warm-up)%n",
          threads, threads == 1 ? "" : "s", best);
    }

    List<String> paragraphs = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (ExtractionBenchmark.Page p : ExtractionBenchmark.load(data)) {
      for (String para : p.truth().split("\n+")) {
        if (para.length() > 80) {
          paragraphs.add(para.strip());
        }
      }
      titles.add(p.truth().split("[.!?]")[0]);
    }
    Path db = work.resolve("large.db");
    Random random = new Random(1);
    Instant epoch = Instant.parse("2023-01-01T00:00:00Z");
    long start = System.nanoTime();
    try (SqliteStore store = SqliteStore.open(db)) {
      for (int i = 0; i < (queriesOnly ? 0 : articles); i++) {
        List<String> body = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
          body.add(paragraphs.get(random.nextInt(paragraphs.size())));
        }
        String title = titles.get(random.nextInt(titles.size()));
        String url = "https://generated.example/" + i;
        String published = epoch.plusSeconds(random.nextInt(730 * 86_400)).toString().replace("Z", "+00:00");
        Article a = new Article(url, url, title, null, List.of(), published, null, "Outlet " + (i % 50), "en", body, List.of());
        store.put(new RawDocument(url, "g" + i, url, (url + title).getBytes(StandardCharsets.UTF_8), "text/html",
            RawDocument.Format.HTML, List.of()), a);
        if ((i + 1) % 20_000 == 0) {
          System.out.printf(Locale.ROOT, "  %,d articles stored (%.0f/s)%n", i + 1, (i + 1) / ((System.nanoTime() - start) / 1e9));
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      if (!queriesOnly) System.out.printf(Locale.ROOT, "store writes (put: dedupe, fingerprint, story, FTS), one thread: %,d articles in %.0f s = %.0f/s; %s%n",
          articles, seconds, articles / seconds, store.stats());

      List<SearchQuery> queries = new ArrayList<>();
      for (int q = 0; q < 300; q++) {
        String[] words = paragraphs.get(random.nextInt(paragraphs.size())).replaceAll("[^\\p{L} ]", " ").strip().split("\\s+");
        // An analyst searches for content words (names, places, topics), not "the" or "said".
        String w1 = contentWord(words, random);
        String w2 = contentWord(words, random);
        switch (q % 3) {
          case 0 -> queries.add(new SearchQuery(w1 + " AND " + w2, null, null, null, 20));
          case 1 -> {
            int at = random.nextInt(Math.max(1, words.length - 3));
            queries.add(new SearchQuery("\"" + String.join(" ", Arrays.copyOfRange(words, at, Math.min(words.length, at + 3))) + "\"",
                null, null, null, 20));
          }
          default -> queries.add(new SearchQuery(w1, Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-07-01T00:00:00Z"),
              null, 20));
        }
      }
      for (SearchQuery q : queries.subList(0, 50)) { // warm-up
        run(store, q);
      }
      long[] ms = new long[queries.size()];
      for (int i = 0; i < queries.size(); i++) {
        long t = System.nanoTime();
        run(store, queries.get(i));
        ms[i] = (System.nanoTime() - t) / 1000;
      }
      Arrays.sort(ms);
      System.out.printf(Locale.ROOT, "search latency over %,d articles, %d queries (AND, phrase, date range): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
          articles, ms.length, ms[ms.length / 2] / 1000.0, ms[(int) (ms.length * 0.95)] / 1000.0, ms[ms.length - 1] / 1000.0);
    }
  }

  private static final java.util.Set<String> COMMON = java.util.Set.of("about", "after", "their", "there", "these",
      "which", "would", "could", "should", "other", "those", "where", "while", "being", "said", "says", "also");

  private static String contentWord(String[] words, Random random) {
    for (int tries = 0; tries < 20; tries++) {
      String w = words[random.nextInt(words.length)];
      if (w.length() >= 5 && !COMMON.contains(w.toLowerCase(Locale.ROOT))) {
        return w;
      }
    }
    return words[random.nextInt(words.length)];
  }

  private static List<SearchHit> run(SqliteStore store, SearchQuery q) {
    try {
      return store.search(q);
    } catch (RuntimeException e) {
      return List.of();
    }
  }
}
