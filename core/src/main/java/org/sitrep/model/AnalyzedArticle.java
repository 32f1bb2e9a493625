package org.sitrep.model;

import java.util.List;

/**
 * What the nlp stage produces: the article with its body ({@link Article#text()}) cut into sentences
 * and tagged tokens, and its temporal expressions normalised against the publication date.
 *
 * @param article the extracted article
 * @param sentences sentences of {@code article.text()}, in order; offsets index into that text
 * @param dates temporal expressions found in the text
 * @param warnings anything the stage skipped (over-long sentences, non-English text)
 */
public record AnalyzedArticle(
    Article article, List<Sentence> sentences, List<TimeExpression> dates, List<String> warnings) {
  public AnalyzedArticle {
    sentences = List.copyOf(sentences);
    dates = List.copyOf(dates);
    warnings = List.copyOf(warnings);
  }
}
