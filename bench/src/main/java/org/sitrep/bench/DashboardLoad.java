package org.sitrep.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.sitrep.store.SqliteStore;
import org.sitrep.web.Dashboard;

/**
 * The dashboard under load, on loopback: N clients, each a loop of page requests with no pause between them
 * (closed loop, the harshest for latency), for a fixed time, then stops. Pages drawn at random: a search for one
 * or two of 100 news words, a story by id (of all the store's), an actor page among 25 countries; each request's whole time (sent to body
 * read) is recorded by kind; non-200 answers are counted as errors. Run it on a large store, such as
 * {@code StoreBenchmark}'s 100,000 generated articles:
 *
 * <pre>java -cp bench/target/sitrep-bench.jar org.sitrep.bench.DashboardLoad --db /tmp/storebench/large.db [--clients 50] [--seconds 60]</pre>
 */
public final class DashboardLoad {
  /** News words an analyst searches for; half the searches are one word, half two (about 5,000 distinct pairs). */
  private static final List<String> WORDS = List.of("minister", "election", "police", "government", "president", "military",
      "talks", "protest", "court", "economy", "border", "sanctions", "ceasefire", "trade", "parliament", "attack",
      "agreement", "investigation", "opposition", "security", "army", "troops", "missile", "drone", "nuclear", "embassy",
      "ambassador", "summit", "treaty", "refugees", "migrants", "strike", "union", "prices", "inflation", "budget", "tax",
      "bank", "oil", "gas", "energy", "climate", "flood", "earthquake", "hospital", "vaccine", "school", "students",
      "journalist", "prison", "judge", "lawyer", "trial", "corruption", "bribery", "fraud", "arrest", "charges", "verdict",
      "appeal", "party", "coalition", "vote", "referendum", "campaign", "candidate", "leader", "spokesman", "statement",
      "interview", "report", "warning", "threat", "accused", "denied", "condemned", "visit", "meeting", "negotiations",
      "aid", "loan", "debt", "investment", "company", "workers", "farmers", "police", "rebels", "militants", "hostages",
      "explosion", "killed", "wounded", "fighting", "offensive", "airstrike", "navy", "coast", "island", "capital");
  private static final List<String> COUNTRIES = List.of("USA", "RUS", "CHN", "UKR", "GBR", "FRA", "DEU", "IRN", "ISR",
      "PSE", "PRK", "KOR", "JPN", "IND", "PAK", "TUR", "SYR", "IRQ", "SAU", "EGY", "NGA", "KEN", "ZAF", "BRA", "MEX");

  public static void main(String[] args) throws Exception {
    Path db = null;
    int clients = 50;
    int seconds = 60;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--db" -> db = Path.of(args[++i]);
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (db == null || !Files.exists(db)) throw new IllegalArgumentException("--db FILE: an existing store (see StoreBenchmark)");
    long stories;
    String stats;
    try (SqliteStore s = SqliteStore.openForReading(db, Duration.ofSeconds(30))) {
      stories = s.stats().stories();
      stats = s.stats().toString();
    }
    System.out.printf(Locale.ROOT, "dashboard load: %s; %d clients for %d s, JVM %s, %d cores%n", stats, clients, seconds,
        Runtime.version(), Runtime.getRuntime().availableProcessors());
    try (Dashboard dashboard = Dashboard.start(db, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + dashboard.port();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
      // warm-up: every kind a few times, not counted
      Random warm = new Random(7);
      for (int i = 0; i < 60; i++) get(http, base + page(i % 3, warm, stories));

      Map<String, List<Long>> micros = new ConcurrentHashMap<>();
      for (String kind : List.of("search", "story", "actor")) micros.put(kind, new CopyOnWriteArrayList<>());
      AtomicInteger errors = new AtomicInteger();
      long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
      List<Thread> threads = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        Random random = new Random(100 + c);
        threads.add(Thread.ofVirtual().start(() -> {
          List<Long>[] mine = new List[3];
          for (int k = 0; k < 3; k++) mine[k] = new ArrayList<>();
          while (System.nanoTime() < end) {
            int kind = random.nextInt(3);
            long t = System.nanoTime();
            int status = get(http, base + page(kind, random, stories));
            mine[kind].add((System.nanoTime() - t) / 1000);
            if (status != 200) errors.incrementAndGet();
          }
          micros.get("search").addAll(mine[0]);
          micros.get("story").addAll(mine[1]);
          micros.get("actor").addAll(mine[2]);
        }));
      }
      for (Thread t : threads) t.join();
      int total = 0;
      for (String kind : List.of("search", "story", "actor")) {
        List<Long> l = new ArrayList<>(micros.get(kind));
        Collections.sort(l);
        total += l.size();
        System.out.printf(Locale.ROOT, "  %-7s %6d requests  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", kind, l.size(),
            at(l, 0.50), at(l, 0.95), at(l, 0.99), l.isEmpty() ? 0.0 : l.get(l.size() - 1) / 1000.0);
      }
      System.out.printf(Locale.ROOT, "  all     %6d requests, %.0f requests/s, %d errors; %s%n", total, total / (double) seconds,
          errors.get(), dashboard.cacheStats());
    }
  }

  private static String page(int kind, Random random, long stories) {
    return switch (kind) {
      case 0 -> "/search?q=" + URLEncoder.encode(WORDS.get(random.nextInt(WORDS.size()))
          + (random.nextBoolean() ? " " + WORDS.get(random.nextInt(WORDS.size())) : ""), StandardCharsets.UTF_8);
      case 1 -> "/stories/" + (1 + (long) (random.nextDouble() * stories));
      default -> "/actors/" + COUNTRIES.get(random.nextInt(COUNTRIES.size()));
    };
  }

  private static int get(HttpClient http, String url) {
    try {
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      return r.statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  private static double at(List<Long> sorted, double q) {
    if (sorted.isEmpty()) return 0;
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size()))) / 1000.0;
  }
}
