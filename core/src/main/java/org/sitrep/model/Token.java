package org.sitrep.model;

import org.jspecify.annotations.Nullable;

/**
 * One token of an analysed text.
 *
 * @param index position in its sentence, from 0
 * @param word the token as written
 * @param lemma its dictionary form
 * @param pos Penn Treebank part-of-speech tag
 * @param ner CoreNLP entity class ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION},
 *     {@code MISC}) or {@code O}
 * @param begin character offset of its first character in the article text
 * @param end character offset just past its last character
 * @param head index of its governor in the sentence's dependency parse, -1 for the root or when the
 *     sentence was not parsed
 * @param relation Universal Dependencies relation to its governor, null when not parsed
 */
public record Token(
    int index, String word, String lemma, String pos, String ner, int begin, int end, int head,
    @Nullable String relation) {

  /** Whether the tag is a verb tag. */
  public boolean isVerb() {
    return pos.startsWith("VB") || pos.equals("MD");
  }

  /** Whether the token is a noun (common or proper). */
  public boolean isNoun() {
    return pos.startsWith("NN");
  }
}
