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
import org.sitrep.store.EventQuery;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Modality;
import org.sitrep.store.PreparingStage;
import org.sitrep.store.SqliteStore;

/**
 * The store's numbers: ingest throughput (read + extract + store) on the 181 benchmark pages with
 * one thread and with all cores, the store's own write rate, and search and events-query latency
 * (p50/p95) on a store of generated articles (real paragraphs from the benchmark bodies, recombined,
 * each with two to four generated events between 41 actors, aggregated like coded ones). {@code --floor}
 * replaces extraction with jsoup's parse and the body's text, to show what ingest costs at least.
 *
 * <pre>java -cp bench/target/sitrep-bench.jar org.sitrep.bench.StoreBenchmark [--articles 100000] [--work DIR] [--ingest-only [--floor] | --queries-only]</pre>
 */
public final class StoreBenchmark {
  public static void main(String[] args) throws Exception {
    Path data = Path.of("../shared/bench/article-extraction");
    int articles = 100_000;
    boolean queriesOnly = false;
    boolean ingestOnly = false;
    boolean floor = false; // extraction replaced by jsoup's parse and the body's text: what any jsoup-based ingest costs at least
    Path work = Files.createTempDirectory("sitrep-store-bench");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--work" -> work = Path.of(args[++i]);
        case "--data" -> data = Path.of(args[++i]);
        case "--queries-only" -> queriesOnly = true;
        case "--ingest-only" -> ingestOnly = true;
        case "--floor" -> floor = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Files.createDirectories(work);
    System.out.printf(Locale.ROOT, "store benchmark, JVM %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
    ArticleExtractor extractor = ArticleExtractor.withDefaults().warmUp();
    java.util.function.Function<RawDocument, Outcome> extract = floor ? StoreBenchmark::jsoupOnly : extractor::process;
    int cores = Runtime.getRuntime().availableProcessors();
    for (int threads : queriesOnly ? new int[0] : new int[] {1, cores}) {
      double best = 0;
      for (int round = 0; round < 4; round++) {
        Path db = work.resolve("ingest-" + threads + "-" + round + ".db");
        try (SqliteStore store = SqliteStore.open(db)) {
          int[] stored = {0};
          long start = System.nanoTime();
          PreparingStage preparing = new PreparingStage(); // as `sitrep ingest` does
          new Batch(DocumentSource.withDefaults(), preparing.around(extract), threads, Duration.ofMinutes(1)).run(
              List.of(data.resolve("html").toString()), (doc, o) -> {
                if (o.status() == Outcome.Status.PROCESSED && doc != null) {
                  preparing.put(store, doc, o);
                  stored[0]++;
                }
              }, (d, p, s, f) -> { });
          double perSecond = stored[0] / ((System.nanoTime() - start) / 1e9);
          if (round > 0) { // the first round warms the JIT
            best = Math.max(best, perSecond);
          }
        }
      }
      System.out.printf(Locale.ROOT, "ingest (read + %s + store), %d thread%s: %.0f documents/s (best of 3 after warm-up)%n",
          floor ? "jsoup parse only" : "extract",
          threads, threads == 1 ? "" : "s", best);
    }
    if (ingestOnly) {
      return;
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
            RawDocument.Format.HTML, List.of()), a, syntheticCoding(a, random));
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

      // events queries, as the events command asks them: by actor, by dyad, by root since a date
      List<EventQuery> eq = new ArrayList<>();
      for (int q = 0; q < 350; q++) {
        String a1 = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        String a2 = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        eq.add(switch (q % 3) {
          case 0 -> new EventQuery(a1, null, null, null, null, null, null, 50);
          case 1 -> new EventQuery(null, a1, a2, null, null, null, null, 50);
          default -> new EventQuery(null, null, null, CODES.get(random.nextInt(CODES.size())).substring(0, 2), "reported",
              Instant.parse("2024-06-01T00:00:00Z"), null, 50);
        });
      }
      for (EventQuery q : eq.subList(0, 50)) store.events(q);
      long[] ems = new long[eq.size() - 50];
      for (int i = 50; i < eq.size(); i++) {
        long t = System.nanoTime();
        store.events(eq.get(i));
        ems[i - 50] = (System.nanoTime() - t) / 1000;
      }
      Arrays.sort(ems);
      System.out.printf(Locale.ROOT, "events latency over %s, %d queries (actor, dyad, root+modality+since): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
          store.stats(), ems.length, ems[ems.length / 2] / 1000.0, ems[(int) (ems.length * 0.95)] / 1000.0, ems[ems.length - 1] / 1000.0);
    }
  }

  private static final List<String> COUNTRIES = List.of("USA", "RUS", "CHN", "UKR", "GBR", "FRA", "DEU", "IRN", "ISR",
      "PSE", "PRK", "KOR", "JPN", "IND", "PAK", "TUR", "SYR", "IRQ", "SAU", "EGY", "NGA", "KEN", "ZAF", "BRA", "MEX",
      "VEN", "CAN", "AUS", "POL", "BLR", "AFG", "YEM", "LBN", "SDN", "ETH", "VNM", "PHL", "IDN", "NAT", "UNO", "EEC");
  private static final List<String> CODES = List.of("010", "012", "020", "036", "040", "042", "043", "046", "051", "057",
      "061", "072", "084", "090", "111", "112", "120", "130", "141", "163", "166", "173", "190", "195");
  private static final Modality[] MODALITIES = Modality.values();

  /**
   * Two to four events per generated article between countries of a fixed list, dated on the
   * article's day, so that the same event recurs across articles and is aggregated as real ones are.
   */
  private static CodedArticle syntheticCoding(Article a, Random random) {
    List<Event> events = new ArrayList<>();
    String day = a.published().substring(0, 10);
    for (int k = 0, n = 2 + random.nextInt(3); k < n; k++) {
      String src = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
      String tgt = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
      String code = CODES.get(random.nextInt(CODES.size()));
      ActorMention s = new ActorMention(src, 0, 3, 0, new Actor(null, src, "GOV"), "generated");
      ActorMention t = new ActorMention(tgt, 4, 7, 0, new Actor(null, tgt, "GOV"), "generated");
      events.add(new Event(s, t, code, code.substring(0, 2), null, null, -2.0, 1, MODALITIES[random.nextInt(3)],
          new Actor(a.site(), null, "MED"), List.of(), day, Event.DateBasis.TEXT, null, 0, a.paragraphs().get(0), "generated"));
    }
    return new CodedArticle(a, List.of(), List.of(), List.of(), events, List.of());
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

  /** The floor: the page decoded and parsed by jsoup, its title and body text as the article. */
  private static Outcome jsoupOnly(RawDocument doc) {
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(new String(doc.content(), StandardCharsets.UTF_8),
        doc.url() == null ? "" : doc.url());
    return Outcome.processed(doc.name(), new Article(doc.source(), doc.url(), page.title(), null, List.of(),
        null, null, null, "en", List.of(page.body().text()), List.of()));
  }
}
