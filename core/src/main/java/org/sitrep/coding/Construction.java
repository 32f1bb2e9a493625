package org.sitrep.coding;

/**
 * One way a sentence states an event: verb patterns, nouns of joint acts, quoted demands, criticism, claim
 * denials. {@link EventCoder} runs them in a fixed order on each parsed sentence; each writes the events it
 * finds through {@link SentenceCoding#put}. A new construction is a class implementing this and a line in
 * {@link EventCoder}'s list.
 */
interface Construction {
  /** Codes what this construction finds in the sentence. */
  void code(SentenceCoding sentence);
}
