package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import org.sitrep.Sitrep;
import org.sitrep.coding.ArticleCoder;
import org.sitrep.coding.CodingSettings;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;

/**
 * Understanding and coding speed: words per second on one thread after warm-up, model load time and
 * peak heap, for Sitrep's {@code code} stage and for CoreNLP's default pipeline
 * ({@code tokenize,ssplit,pos,lemma,ner,depparse}) on the same article bodies (the 181 ground-truth
 * bodies of the extraction benchmark). Each system runs in a JVM of its own (so heap figures are its
 * own), one after the other.
 *
 * <pre>java -cp bench/target/sitrep-bench.jar org.sitrep.bench.CodingBenchmark [--system both|sitrep|corenlp]
 *     [--articles N] [--data ../shared/bench/article-extraction]</pre>
 */
public final class CodingBenchmark {
  public static void main(String[] args) throws Exception {
    String system = "both";
    int articles = 181;
    Path data = Path.of("../shared/bench/article-extraction");
    Path write = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--system" -> system = args[++i];
        case "--articles" -> articles = Integer.parseInt(args[++i]);
        case "--data" -> data = Path.of(args[++i]);
        case "--write-bodies" -> write = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (write != null) { // the whole-process benchmark's input: one .txt per English body
      java.nio.file.Files.createDirectories(write);
      int k = 0;
      for (String b : bodies(data, articles)) {
        java.nio.file.Files.writeString(write.resolve(String.format("body-%03d.txt", k++)), b);
      }
      return;
    }
    if (system.equals("both")) {
      System.out.printf(Locale.ROOT, "coding benchmark, JVM %s, English bodies among the first %d of the ground truth%n",
          Runtime.version(), articles);
      fork("sitrep", articles, data);
      fork("corenlp", articles, data);
      return;
    }
    List<String> bodies = bodies(data, articles);
    System.out.printf(Locale.ROOT, "%-8s %d English bodies%n", system, bodies.size());
    long words = bodies.stream().mapToLong(CodingBenchmark::words).sum();
    resetPeaks();
    long t0 = System.nanoTime();
    Consumer<String> run;
    if (system.equals("sitrep")) {
      ArticleCoder coder = ArticleCoder.create(CodingSettings.defaults());
      int[] n = {0};
      coder.code(article("load", "The Kremlin said on Monday that Russia would talk to Ukraine."));
      run = b -> {
        CodedArticle c = coder.code(article("a" + n[0]++, b));
        sink += c.events().size();
      };
    } else {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
      StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
      pipeline.annotate(new Annotation("The Kremlin said on Monday that Russia would talk to Ukraine."));
      run = b -> {
        Annotation a = new Annotation(b);
        pipeline.annotate(a);
        sink += a.size();
      };
    }
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    // warm-up: a fifth of the bodies, then the timed pass over all of them
    for (String b : bodies.subList(0, Math.max(1, bodies.size() / 5))) run.accept(b);
    long start = System.nanoTime();
    for (String b : bodies) run.accept(b);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%-8s load %5.1f s   %7d words in %6.1f s = %6.0f words/s (one thread)   peak heap %5.0f MB%n",
        system, loadSeconds, words, seconds, words / seconds, peakHeapMb());
  }

  static long sink;

  private static void fork(String system, int articles, Path data) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx4g", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        CodingBenchmark.class.getName(), "--system", system, "--articles", String.valueOf(articles), "--data", data.toString()));
    // its figures on our stdout; CoreNLP's logging discarded
    Process p = new ProcessBuilder(cmd).inheritIO().redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(system + " run failed");
    }
  }

  /**
   * The first {@code n} bodies that are in English (by Sitrep's language identifier): both systems run
   * English models, and Sitrep skips other languages, so timing them would flatter it.
   */
  static List<String> bodies(Path data, int n) throws Exception {
    JsonNode truth = new ObjectMapper().readTree(data.resolve("ground-truth.json").toFile());
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = truth.fieldNames(); it.hasNext() && out.size() < n; ) {
      String body = truth.get(it.next()).path("articleBody").asText("");
      if (!body.isBlank() && "en".equals(Sitrep.extractText(body).language())) out.add(body);
    }
    return out;
  }

  static long words(String s) {
    return Arrays.stream(s.split("\\s+")).filter(w -> !w.isEmpty()).count();
  }

  private static Article article(String id, String body) {
    List<String> paragraphs = Arrays.stream(body.split("\\n+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    return new Article(id, null, null, null, List.of(), "2019-11-20", null, null, "en", paragraphs, List.of());
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
    }
  }

  private static double peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    }
    return sum / 1048576.0;
  }
}
