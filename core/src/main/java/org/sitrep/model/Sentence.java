package org.sitrep.model;

import java.util.List;

/**
 * One sentence of an analysed text.
 *
 * @param index position in the article, from 0
 * @param begin character offset in the article text
 * @param end character offset just past it
 * @param text the sentence as written
 * @param tokens its tokens; each carries a dependency head when {@code parsed}
 * @param parsed whether the sentence was dependency-parsed (only sentences that can hold an event are)
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, boolean parsed) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
