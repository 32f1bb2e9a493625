package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Scores Sitrep, Readability4J and boilerpipe side by side on the article-extraction benchmark
 * (181 news pages with body-only ground truth), with that benchmark's shingle metric, and times
 * each on one thread after warm-up.
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -cp bench/target/sitrep-bench.jar org.sitrep.bench.ExtractionBenchmark [--data DIR] [--rounds 5] [--dump DIR]
 * </pre>
 */
public final class ExtractionBenchmark {
  record Page(String id, String url, byte[] html, String truth) {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of("../shared/bench/article-extraction");
    int rounds = 5;
    Path dump = null;
    List<String> only = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--dump" -> dump = Path.of(args[++i]);
        case "--system" -> only.add(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    List<Page> pages = load(data);
    System.out.printf(Locale.ROOT, "article-extraction benchmark: %d pages from %s, JVM %s%n", pages.size(), data,
        Runtime.version());
    System.out.printf(Locale.ROOT, "%-14s %9s %9s %9s %9s %10s %10s%n", "system", "precision", "recall", "F1",
        "accuracy", "ms/page", "pages/s");
    List<Extractor> systems = only.isEmpty() ? Extractors.all() : only.stream().map(Extractors::byName).toList();
    double sitrepMs = Double.NaN;
    StringBuilder ratios = new StringBuilder();
    for (Extractor system : systems) {
      double sumP = 0;
      double sumR = 0;
      int nP = 0;
      int exact = 0;
      int errors = 0;
      List<String> outputs = new ArrayList<>();
      for (Page p : pages) {
        String out;
        try {
          out = system.bodyText(p.html, p.url);
        } catch (Exception e) {
          out = "";
          errors++;
        }
        outputs.add(out);
        ShingleScore.PageScore s = ShingleScore.score(p.truth, out);
        if (s.hasOutput()) {
          sumP += s.precision();
          nP++;
        }
        sumR += s.recall();
        if (s.exact()) {
          exact++;
        }
        if (dump != null) {
          Files.createDirectories(dump.resolve(system.name()));
          Files.writeString(dump.resolve(system.name()).resolve(p.id + ".txt"),
              String.format(Locale.ROOT, "P=%.3f R=%.3f%n", s.precision(), s.recall()) + out);
        }
      }
      double precision = nP == 0 ? 0 : sumP / nP;
      double recall = sumR / pages.size();
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      double ms = time(system, pages, rounds);
      if (system.name().equals("sitrep")) {
        sitrepMs = ms;
      } else if (!Double.isNaN(sitrepMs)) {
        ratios.append(String.format(Locale.ROOT, "speed: sitrep is %.1fx faster than %s%n", ms / sitrepMs, system.name()));
      }
      System.out.printf(Locale.ROOT, "%-14s %9.4f %9.4f %9.4f %9.4f %10.2f %10.1f%s%n", system.name(), precision, recall,
          f1, (double) exact / pages.size(), ms, 1000 / ms, errors > 0 ? "  (" + errors + " pages threw)" : "");
    }
    System.out.print(ratios);
  }

  /** Mean ms per page on this thread, after three warm-up passes, over {@code rounds} passes. */
  private static double time(Extractor system, List<Page> pages, int rounds) {
    if (rounds <= 0) {
      return Double.NaN;
    }
    for (int w = 0; w < 3; w++) {
      for (Page p : pages) {
        run(system, p);
      }
    }
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (Page p : pages) {
        run(system, p);
      }
    }
    return (System.nanoTime() - start) / 1e6 / rounds / pages.size();
  }

  private static void run(Extractor system, Page p) {
    try {
      system.bodyText(p.html, p.url);
    } catch (Exception ignored) {
      // counted in the quality pass
    }
  }

  static List<Page> load(Path data) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(data.resolve("ground-truth.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Path html = data.resolve("html").resolve(e.getKey() + ".html.gz");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
        pages.add(new Page(e.getKey(), e.getValue().path("url").asText(""),
            in.readAllBytes(), e.getValue().path("articleBody").asText("")));
      }
    }
    return pages;
  }
}
