package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.sitrep.internal.Loading;
import org.sitrep.model.AnalyzedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts an article body into sentences and tagged tokens with Stanford CoreNLP, normalises its temporal
 * expressions, and parses on demand the sentences a later stage asks for.
 *
 * <p>Chosen for speed (measured in BENCHMARKS.md): tokenize, ssplit, pos, lemma and the 4-class CRF
 * NER only — CoreNLP's default NER adds fine-grained classes, SUTime and regexner at a twentieth of the
 * speed, and Sitrep normalises dates itself ({@link TimeNormalizer}). CoreNLP's neural dependency model
 * runs ({@link TransitionParser}) only on the sentences {@link #parse} is given: those that can hold an
 * event. Models load once per process ({@link #shared()}); an analyser is safe to use from several
 * threads.
 */
public final class TextAnalyzer {
  private static final Logger LOG = LoggerFactory.getLogger(TextAnalyzer.class);
  private static volatile @Nullable TextAnalyzer shared;

  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP recogniser;
  private final TransitionParser parser;

  private TextAnalyzer() {
    long t0 = System.nanoTime();
    // The three models load side by side (about 0.7, 0.6 and 0.6 s each on one core): on two cores the
    // first document waits for the slowest rather than for all three in turn.
    Loading<TransitionParser> parsing = Loading.start("parser model", TransitionParser::english);
    Loading<StanfordCoreNLP> recognising = Loading.start("NER model", () -> {
      Properties ner = new Properties();
      ner.setProperty("annotators", "ner");
      ner.setProperty("enforceRequirements", "false");
      ner.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
      ner.setProperty("ner.useSUTime", "false");
      ner.setProperty("ner.applyNumericClassifiers", "false");
      ner.setProperty("ner.applyFineGrained", "false");
      ner.setProperty("ner.buildEntityMentions", "false");
      ner.setProperty("ner.combinationMode", "NORMAL");
      return new StanfordCoreNLP(ner);
    });
    Properties split = new Properties();
    split.setProperty("annotators", "tokenize,ssplit");
    split.setProperty("ssplit.newlineIsSentenceBreak", "two");
    split.setProperty("tokenize.options", "invertible=false,ptb3Escaping=false,splitHyphenated=false");
    splitter = new StanfordCoreNLP(split);
    Properties tag = new Properties();
    tag.setProperty("annotators", "pos,lemma");
    tag.setProperty("enforceRequirements", "false");
    tagger = new StanfordCoreNLP(tag);
    recogniser = recognising.join();
    parser = parsing.join();
    LOG.info("CoreNLP models loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
  }

  /** The process-wide analyser; loads the models on first use. */
  public static TextAnalyzer shared() {
    TextAnalyzer a = shared;
    if (a == null) {
      synchronized (TextAnalyzer.class) {
        a = shared;
        if (a == null) {
          shared = a = new TextAnalyzer();
        }
      }
    }
    return a;
  }

  /**
   * Sentences, tokens and dates of an article's body. Articles not in English get no sentences and a
   * warning: the models are English ones, and their output on other languages is noise (and slow).
   * Sentences of more than {@code maxSentenceTokens} tokens are skipped with a warning.
   */
  public AnalyzedArticle analyze(Article article, int maxSentenceTokens) {
    List<String> warnings = new ArrayList<>();
    String text = article.text();
    if (article.language() != null && !article.language().equals("en")) {
      warnings.add("language '" + article.language() + "' is not English: not analysed, no events coded");
      return new AnalyzedArticle(article, List.of(), List.of(), warnings);
    }
    if (text.isBlank()) {
      return new AnalyzedArticle(article, List.of(), List.of(), warnings);
    }
    Annotation doc = new Annotation(text);
    splitter.annotate(doc);
    List<CoreMap> kept = new ArrayList<>();
    List<CoreLabel> keptTokens = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
      if (toks.size() > maxSentenceTokens) {
        int b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        warnings.add("sentence at offset " + b + " has " + toks.size() + " tokens (cap " + maxSentenceTokens
            + "): skipped");
        continue;
      }
      int dateline = Datelines.length(toks, text, s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
      if (dateline > 0) {
        kept.add(Datelines.part(toks, 0, dateline, text));
        kept.add(Datelines.part(toks, dateline, toks.size(), text));
      } else {
        kept.add(s);
      }
      keptTokens.addAll(toks);
    }
    Annotation tagged = new Annotation(text);
    tagged.set(CoreAnnotations.SentencesAnnotation.class, kept);
    tagged.set(CoreAnnotations.TokensAnnotation.class, keptTokens);
    tagger.annotate(tagged);
    recogniser.annotate(tagged);
    List<Sentence> sentences = new ArrayList<>(kept.size());
    for (CoreMap s : kept) {
      List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> out = new ArrayList<>(toks.size());
      for (int i = 0; i < toks.size(); i++) {
        CoreLabel t = toks.get(i);
        String ner = t.ner();
        out.add(new Token(i, t.word(), t.lemma() == null ? t.word() : t.lemma(), t.tag(),
            ner == null ? "O" : ner, t.beginPosition(), t.endPosition(), -1, null));
      }
      int b = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int e = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      sentences.add(new Sentence(sentences.size(), b, e, text.substring(b, e), out, false));
    }
    List<TimeExpression> dates = TimeNormalizer.find(sentences, text, article.published());
    return new AnalyzedArticle(article, sentences, dates, warnings);
  }

  /** The sentence with a dependency parse: each token gets its head and relation. */
  public Sentence parse(Sentence sentence) {
    if (sentence.parsed() || sentence.tokens().isEmpty()) {
      return sentence;
    }
    List<String> words = new ArrayList<>(sentence.tokens().size());
    List<String> tags = new ArrayList<>(sentence.tokens().size());
    for (Token t : sentence.tokens()) {
      words.add(t.word());
      tags.add(t.pos());
    }
    TransitionParser.Parse p = parser.parse(words, tags);
    int[] head = p.heads();
    String[] rel = p.relations();
    ParseRepairs.repair(words, tags, head, rel);
    List<Token> out = new ArrayList<>(words.size());
    for (Token t : sentence.tokens()) {
      out.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.begin(), t.end(),
          head[t.index()], rel[t.index()]));
    }
    return new Sentence(sentence.index(), sentence.begin(), sentence.end(), sentence.text(), out, true);
  }
}
