package org.sitrep.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.model.RawDocument;

/**
 * The extractor's hot path on the article-extraction benchmark pages: the whole
 * {@link ArticleExtractor#extract} per page, jsoup's parse alone as the floor beneath it, and
 * Readability4J as the peer.
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -jar bench/target/sitrep-bench.jar ExtractorBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ExtractorBenchmark {
  @Param("../shared/bench/article-extraction")
  public String data;

  private List<ExtractionBenchmark.Page> pages;
  private ArticleExtractor extractor;
  private Extractor readability;
  private int next;

  @Setup(Level.Trial)
  public void load() throws Exception {
    if (!Files.isDirectory(Path.of(data))) {
      throw new IllegalStateException("benchmark data not found at " + data + " (set -p data=DIR)");
    }
    pages = ExtractionBenchmark.load(Path.of(data));
    extractor = ArticleExtractor.withDefaults().warmUp();
    readability = Extractors.readability4j();
  }

  private ExtractionBenchmark.Page page() {
    ExtractionBenchmark.Page p = pages.get(next);
    next = (next + 1) % pages.size();
    return p;
  }

  @Benchmark
  public void sitrepExtract(Blackhole bh) throws Exception {
    ExtractionBenchmark.Page p = page();
    bh.consume(extractor.extract(new RawDocument(p.id(), p.id(), p.url(), p.html(),
        "text/html; charset=utf-8", RawDocument.Format.HTML, List.of())));
  }

  @Benchmark
  public void jsoupParseOnly(Blackhole bh) {
    ExtractionBenchmark.Page p = page();
    bh.consume(Jsoup.parse(new String(p.html(), StandardCharsets.UTF_8), p.url()));
  }

  @Benchmark
  public void readability4j(Blackhole bh) throws Exception {
    ExtractionBenchmark.Page p = page();
    bh.consume(readability.bodyText(p.html(), p.url()));
  }
}
