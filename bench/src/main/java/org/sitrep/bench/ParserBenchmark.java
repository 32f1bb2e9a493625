package org.sitrep.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
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
import org.sitrep.coding.CodingSettings;
import org.sitrep.nlp.TransitionParser;

/**
 * The dependency parser's hot path: one tagged sentence at a time from the first 40 English bodies of
 * the article-extraction benchmark, parsed by Sitrep's {@link TransitionParser} and by CoreNLP's
 * {@code DependencyParser} (the same model, the same parses), each with its own start-up configuration
 * (CoreNLP precomputes 20,000 features at load; Sitrep caches products on first use). The model load
 * itself is measured once per fork ({@code loadSitrep}, {@code loadCoreNlp}).
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -jar bench/target/sitrep-bench.jar ParserBenchmark -f 1 -wi 3 -i 5 -w 5 -r 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ParserBenchmark {
  @Param("../shared/bench/article-extraction")
  public String data;

  private final List<List<CoreLabel>> sentences = new ArrayList<>();
  private final List<List<String>> words = new ArrayList<>();
  private final List<List<String>> tags = new ArrayList<>();
  private TransitionParser sitrep;
  private DependencyParser corenlp;
  private int next;

  @Setup(Level.Trial)
  public void load() throws Exception {
    if (!Files.isDirectory(Path.of(data))) {
      throw new IllegalStateException("benchmark data not found at " + data + " (set -p data=DIR)");
    }
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    StanfordCoreNLP tagger = new StanfordCoreNLP(p);
    int cap = CodingSettings.defaults().maxSentenceTokens();
    for (String body : CodingBenchmark.bodies(Path.of(data), 40)) {
      Annotation doc = new Annotation(body);
      tagger.annotate(doc);
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens.size() <= cap) { // longer sentences Sitrep skips
          sentences.add(tokens);
          words.add(tokens.stream().map(CoreLabel::word).toList());
          tags.add(tokens.stream().map(CoreLabel::tag).toList());
        }
      }
    }
    sitrep = TransitionParser.english();
    corenlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
  }

  private int sentence() {
    int i = next;
    next = (next + 1) % sentences.size();
    return i;
  }

  @Benchmark
  public void parseSitrep(Blackhole bh) {
    int i = sentence();
    bh.consume(sitrep.parse(words.get(i), tags.get(i)));
  }

  @Benchmark
  public void parseCoreNlp(Blackhole bh) {
    bh.consume(corenlp.predict(sentences.get(sentence())).typedDependencies());
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 3)
  public Object loadSitrep() {
    return TransitionParser.english();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 3)
  public Object loadCoreNlp() {
    // not loadFromModelFile: that keeps a process-wide cache and would return the parser loaded in setup
    DependencyParser p = new DependencyParser(new Properties());
    p.loadModelFile(DependencyParser.DEFAULT_MODEL);
    return p;
  }
}
