package org.sitrep.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.internal.Lexicon;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;

/**
 * "A spokesman for the Russian defence ministry", "lawyers for the family": a person who speaks or acts
 * for another actor is that actor — its country and its role — unless the phrase gave the person a
 * country of their own ("a French lawyer for the family"). The body may also stand before the speaking word
 * ("Foreign ministry spokesman Wang Wenbin"): then it is the body named before in the same words ("the Chinese
 * foreign ministry said"). Runs after {@link ArticlePlacement}, whose fallbacks the "for" phrase outweighs.
 */
final class SpeakersFor {
  private SpeakersFor() {}

  private static final Set<String> WORDS = Set.copyOf(Lexicon.lines(ActorResolver.class, "speaking-for.txt"));
  private static final Pattern FOR = Pattern.compile("\\s+for\\s+(?:the\\s+)?");

  static void place(String text, List<ActorMention> all, List<List<List<ActorMention>>> byToken) {
    for (int i = 0; i < all.size(); i++) {
      ActorMention m = all.get(i);
      Actor a = m.actor();
      ActorMention named = a.role() != null && a.country() == null ? bodyNamedBefore(m, all) : null;
      if (named != null) {
        // "Foreign ministry spokesman Wang Wenbin" after "the Chinese foreign ministry said": the body named
        // before, in the same words, is the one he speaks for
        ArticlePlacement.replace(all, i, byToken, new Actor(a.name(), named.actor().country(), a.role()), "+speaks for");
        continue;
      }
      if (a.role() == null || a.country() != null && !m.rule().contains("+") || !WORDS.contains(lastWord(m.mention()))) {
        continue;
      }
      ActorMention body = bodyAfter(text, m, all);
      if (body == null) continue;
      Actor b = body.actor();
      ArticlePlacement.replace(all, i, byToken, new Actor(a.name(), b.country(), b.role() != null ? b.role() : a.role()),
          "+speaks for");
    }
  }

  /** The placed actor right after "for (the)" that follows the mention in its sentence, or null. */
  private static @Nullable ActorMention bodyAfter(String text, ActorMention m, List<ActorMention> all) {
    ActorMention best = null;
    for (ActorMention o : all) {
      if (o == m || o.sentence() != m.sentence() || o.start() < m.end() || o.actor().country() == null
          || best != null && best.start() <= o.start()) {
        continue;
      }
      if (FOR.matcher(text.substring(m.end(), o.start())).matches()) best = o;
    }
    return best;
  }

  /**
   * For a mention whose words hold a body and then a speaking word ("Foreign ministry spokesman Wang Wenbin"), the
   * last placed mention before it that ends with the same body words ("the Chinese foreign ministry"), or null.
   */
  private static @Nullable ActorMention bodyNamedBefore(ActorMention m, List<ActorMention> all) {
    String[] words = m.mention().strip().toLowerCase(Locale.ROOT).split("\\s+");
    int speaker = -1;
    for (int k = 1; k < words.length && speaker < 0; k++) {
      if (WORDS.contains(words[k])) speaker = k;
    }
    if (speaker < 2) return null; // a body of two words at least: "ministry spokesman" says too little
    String body = String.join(" ", java.util.Arrays.copyOfRange(words, words[0].equals("the") ? 1 : 0, speaker));
    ActorMention found = null;
    for (ActorMention o : all) {
      if (o.start() >= m.start()) break;
      if (o.actor().country() != null && o.mention().toLowerCase(Locale.ROOT).endsWith(" " + body)) {
        found = o;
      }
    }
    return found;
  }

  private static String lastWord(String mention) {
    String[] words = mention.strip().split("\\s+");
    return words[words.length - 1].toLowerCase(Locale.ROOT);
  }
}
