package org.sitrep.actors;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.ActorMention;

/**
 * The actor mentions of one article, with a lookup from a sentence's token to the mentions covering it
 * (a shared head such as "officials" in "American and South Korean officials" covers two).
 */
public final class ResolvedActors {
  private final List<ActorMention> mentions;
  private final List<List<List<ActorMention>>> byToken;
  private final List<List<ActorMention>> bySentence = new ArrayList<>();

  ResolvedActors(List<ActorMention> mentions, List<List<List<ActorMention>>> byToken) {
    this.mentions = List.copyOf(mentions);
    this.byToken = byToken;
    for (int i = 0; i < byToken.size(); i++) {
      bySentence.add(new ArrayList<>());
    }
    for (ActorMention m : this.mentions) {
      if (m.sentence() >= 0 && m.sentence() < bySentence.size()) {
        bySentence.get(m.sentence()).add(m);
      }
    }
  }

  /** Every mention, in text order. */
  public List<ActorMention> mentions() {
    return mentions;
  }

  /** The mentions covering token {@code token} of sentence {@code sentence}. */
  public List<ActorMention> at(int sentence, int token) {
    if (sentence < 0 || sentence >= byToken.size()) {
      return List.of();
    }
    List<List<ActorMention>> s = byToken.get(sentence);
    return token < 0 || token >= s.size() ? List.of() : s.get(token);
  }

  /** The mentions of one sentence. */
  public List<ActorMention> inSentence(int sentence) {
    return sentence < 0 || sentence >= bySentence.size() ? List.of() : List.copyOf(bySentence.get(sentence));
  }
}
