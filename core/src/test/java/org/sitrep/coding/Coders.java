package org.sitrep.coding;

import java.util.List;
import org.sitrep.actors.ActorMemory;
import org.sitrep.actors.ActorResolver;
import org.sitrep.model.Article;
import org.sitrep.nlp.TextAnalyzer;

/** One coder per test JVM: the CoreNLP models load once. */
final class Coders {
  private Coders() {}

  private static ArticleCoder coder;

  /** A coder whose actor memory is fresh (documents of one test must not see another's people). */
  static synchronized ArticleCoder fresh() {
    return new ArticleCoder(TextAnalyzer.shared(), ActorResolver.standard(), ActorMemory.inMemory(),
        shared().codebook(), CodingSettings.defaults());
  }

  static synchronized ArticleCoder shared() {
    if (coder == null) {
      coder = ArticleCoder.create(CodingSettings.defaults());
    }
    return coder;
  }

  /** An English article of our own text, published on {@code published}. */
  static Article article(String id, String published, List<String> paragraphs) {
    return new Article(id, null, null, null, List.of(), published, null, "Test Wire", "en", paragraphs, List.of());
  }
}
