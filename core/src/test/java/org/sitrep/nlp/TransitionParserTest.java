package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedData;
import org.sitrep.coding.CodingSettings;

/**
 * {@link TransitionParser} runs CoreNLP's dependency model itself; its parses must be CoreNLP's. Every
 * sentence of the coding development set (short texts of our own) and, with ../shared, of real articles is
 * tagged, then parsed by both, and every head and relation compared.
 */
class TransitionParserTest {
  private static TransitionParser parser;
  private static StanfordCoreNLP tagger;
  private static DependencyParser reference;

  @BeforeAll
  static void load() {
    parser = TransitionParser.english();
  }

  @Test
  void parsesAsCoreNlpDoesOnEveryDevelopmentSetSentence() throws IOException {
    Comparison c = compare(developmentSetText());
    assertThat(c.sentences).isGreaterThan(90);
    assertThat(c.tokens).isGreaterThan(1_200);
    assertThat(c.differing).as("sentences parsed differently from CoreNLP").isEmpty();
  }

  /** Real news text: the seed article and the first 30 bodies of the extraction benchmark. */
  @Test
  void parsesAsCoreNlpDoesOnRealArticles() throws IOException {
    Path seed = SharedData.require("examples/independent-2024-06-14-putin-north-korea.txt");
    Path truth = SharedData.require("bench/article-extraction/ground-truth.json");
    StringBuilder text = new StringBuilder(Files.readString(seed)).append("\n\n");
    JsonNode bodies = new ObjectMapper().readTree(truth.toFile());
    int n = 0;
    for (Iterator<String> it = bodies.fieldNames(); it.hasNext() && n < 30; n++) {
      text.append(bodies.get(it.next()).path("articleBody").asText("")).append("\n\n");
    }
    Comparison c = compare(text.toString());
    assertThat(c.sentences).isGreaterThan(500);
    assertThat(c.differing).as("sentences parsed differently from CoreNLP").isEmpty();
  }

  private record Comparison(int sentences, int tokens, List<String> differing) {}

  /** Tags the text's sentences with CoreNLP, parses each with both parsers, lists those that differ. */
  private static Comparison compare(String text) {
    Annotation doc = new Annotation(text);
    tagger().annotate(doc);
    int sentences = 0;
    int tokens = 0;
    List<String> differing = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.size() > CodingSettings.defaults().maxSentenceTokens()) {
        continue; // the coder skips such sentences; CoreNLP's parser takes long over them
      }
      List<String> words = labels.stream().map(CoreLabel::word).toList();
      List<String> tags = labels.stream().map(CoreLabel::tag).toList();
      int[] heads = new int[labels.size()];
      String[] relations = new String[labels.size()];
      GrammaticalStructure gs = reference().predict(labels);
      for (TypedDependency d : gs.typedDependencies()) {
        heads[d.dep().index() - 1] = d.gov().index() - 1;
        relations[d.dep().index() - 1] = d.reln().toString();
      }
      TransitionParser.Parse ours = parser.parse(words, tags);
      if (!Arrays.equals(ours.heads(), heads) || !Arrays.equals(ours.relations(), relations)) {
        StringBuilder why = new StringBuilder(String.join(" ", words));
        for (int i = 0; i < heads.length; i++) {
          if (ours.heads()[i] != heads[i] || !ours.relations()[i].equals(relations[i])) {
            why.append(" | ").append(words.get(i)).append(": ").append(ours.heads()[i]).append(' ')
                .append(ours.relations()[i]).append(" vs CoreNLP ").append(heads[i]).append(' ').append(relations[i]);
          }
        }
        differing.add(why.toString());
      }
      sentences++;
      tokens += labels.size();
    }
    return new Comparison(sentences, tokens, differing);
  }

  private static synchronized StanfordCoreNLP tagger() {
    if (tagger == null) {
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos");
      p.setProperty("ssplit.newlineIsSentenceBreak", "two");
      p.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,splitHyphenated=false");
      tagger = new StanfordCoreNLP(p);
    }
    return tagger;
  }

  private static synchronized DependencyParser reference() {
    if (reference == null) {
      reference = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
    }
    return reference;
  }

  @Test
  void attachesTheVerbToTheRootAndItsArguments() {
    TransitionParser.Parse p = parser.parse(List.of("Russia", "accused", "Ukraine", "of", "shelling", "."),
        List.of("NNP", "VBD", "NNP", "IN", "VBG", "."));
    assertThat(p.heads()).containsExactly(1, -1, 1, 4, 1, 1);
    assertThat(p.relations()).containsExactly("nsubj", "root", "obj", "case", "obl", "punct");
  }

  @Test
  void parsesOneWordAndNothing() {
    assertThat(parser.parse(List.of("Yes"), List.of("UH")).heads()).containsExactly(-1);
    assertThat(parser.parse(List.of(), List.of()).heads()).isEmpty();
    assertThatThrownBy(() -> parser.parse(List.of("a", "b"), List.of("DT")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 words but 1 tags");
  }

  private static String developmentSetText() throws IOException {
    try (InputStream in = TransitionParserTest.class.getResourceAsStream("/coding/dev-set.txt")) {
      StringBuilder sb = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.startsWith("=>") && !line.startsWith("published:")) {
          sb.append(line).append('\n');
        }
      }
      return sb.toString();
    }
  }
}
