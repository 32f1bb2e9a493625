package org.sitrep.coding;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.actors.ActorMemory;
import org.sitrep.actors.ActorResolver;
import org.sitrep.actors.ResolvedActors;
import org.sitrep.internal.Loading;
import org.sitrep.model.Actor;
import org.sitrep.model.AnalyzedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Outcome;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.nlp.TextAnalyzer;

/**
 * The understanding and coding stages in one call: {@link Article} → {@link CodedArticle}. Analyses
 * the text ({@link TextAnalyzer}), resolves actors ({@link ActorResolver}), attributes quotes, parses
 * the sentences that can hold an event and codes them. Safe to use from several threads; the models
 * and lexicons are loaded once per process.
 */
public final class ArticleCoder {
  private final TextAnalyzer analyzer;
  private final ActorResolver resolver;
  private final ActorMemory memory;
  private final EventCoder coder;
  private final QuoteAttributor quotes = new QuoteAttributor();
  private final CameoCodebook codebook;
  private final int maxChars;
  private final int maxSentenceTokens;

  public ArticleCoder(TextAnalyzer analyzer, ActorResolver resolver, ActorMemory memory, CameoCodebook codebook,
      CodingSettings settings) {
    this.maxChars = settings.maxChars();
    this.maxSentenceTokens = settings.maxSentenceTokens();
    this.analyzer = analyzer;
    this.resolver = resolver;
    this.memory = memory;
    this.codebook = codebook;
    this.coder = new EventCoder(VerbLexicon.standard(), codebook);
  }

  /** A coder over the shared models, the bundled lexicons, an in-process actor memory and the codebook found by {@code settings}. */
  public static ArticleCoder create(CodingSettings settings) {
    return create(settings, ActorMemory.inMemory());
  }

  /** A coder with its own actor memory (one seeded from a store, say). */
  public static ArticleCoder create(CodingSettings settings, ActorMemory memory) {
    // the dictionaries (about 0.8 s) load beside the CoreNLP models
    Loading<ActorResolver> actors = Loading.start("dictionaries", () -> {
      VerbLexicon.standard();
      return ActorResolver.standard();
    });
    TextAnalyzer analyzer = TextAnalyzer.shared();
    return new ArticleCoder(analyzer, actors.join(), memory, CameoCodebook.find(settings.reference()), settings);
  }

  public CameoCodebook codebook() {
    return codebook;
  }

  /** Codes a processed extraction outcome; other outcomes pass through, and a coding error fails only this document. */
  public Outcome process(Outcome extracted) {
    if (extracted.status() != Outcome.Status.PROCESSED || extracted.article() == null) {
      return extracted;
    }
    try {
      return Outcome.coded(extracted.name(), code(extracted.article()));
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.failed(extracted.source(), extracted.name(), "coding failed: " + e);
    }
  }

  /** Analyses and codes one article. */
  public CodedArticle code(Article article) {
    List<String> warnings = new ArrayList<>();
    Article input = article;
    if (article.text().length() > maxChars) {
      List<String> kept = new ArrayList<>();
      int n = 0;
      for (String p : article.paragraphs()) {
        if (n + p.length() > maxChars) break;
        kept.add(p);
        n += p.length() + 2;
      }
      warnings.add("body has " + article.text().length() + " characters: coded the first " + n
          + " (coding.maxChars " + maxChars + ")");
      input = new Article(article.source(), article.url(), article.title(), article.standfirst(), article.authors(),
          article.published(), article.modified(), article.site(), article.language(), kept, article.warnings());
    }
    CodedArticle c = codeWhole(input, warnings);
    return input == article ? c
        : new CodedArticle(article, c.actors(), c.quotes(), c.dates(), c.events(), c.warnings());
  }

  /** How the article was read: each sentence that can hold an event, its parse and its actor mentions. */
  public String explain(Article article) {
    AnalyzedArticle a = analyzer.analyze(article, maxSentenceTokens);
    ResolvedActors actors = resolver.resolve(a, ActorMemory.none());
    StringBuilder sb = new StringBuilder();
    for (Sentence s : a.sentences()) {
      boolean cand = coder.candidate(s, actors);
      sb.append(cand ? "## " : "   ").append(s.index()).append(": ").append(s.text()).append('\n');
      if (!cand) continue;
      Sentence p = analyzer.parse(s);
      for (var t : p.tokens()) {
        sb.append(String.format("     %2d %-16s %-5s %-12s %2d %-12s %s%n", t.index(), t.word(), t.pos(), t.ner(), t.head(),
            t.relation(), actors.at(s.index(), t.index()).stream().map(m -> m.actor().code()).toList()));
      }
    }
    return sb.toString();
  }

  private CodedArticle codeWhole(Article article, List<String> warnings) {
    AnalyzedArticle a = analyzer.analyze(article, maxSentenceTokens);
    warnings.addAll(a.warnings());
    // what earlier documents taught is recalled, and this one's lesson kept, in input order: same inputs, same output
    org.sitrep.batch.DocumentOrder.awaitTurn();
    ResolvedActors actors;
    try {
      actors = resolver.resolve(a, memory);
    } finally {
      org.sitrep.batch.DocumentOrder.passed();
    }
    String text = article.text();
    List<Quote> qs = quotes.find(text, a.sentences(), actors);
    actors = resolver.withQuotedSpeakers(actors, a, qs);
    List<Sentence> parsed = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      parsed.add(coder.candidate(s, actors, qs) ? analyzer.parse(s) : s);
    }
    Actor outlet = new Actor(article.site() != null ? article.site() : "the article", null, "MED");
    List<Event> events = coder.code(parsed, actors, a.dates(), qs, outlet, article.published());
    return new CodedArticle(article, actors.mentions(), qs, a.dates(), events, warnings);
  }
}
