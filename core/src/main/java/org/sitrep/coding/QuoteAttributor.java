package org.sitrep.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.actors.ResolvedActors;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Quote;
import org.sitrep.model.Token;

/**
 * Finds quotations and their speakers: "“…,” South Korea's foreign ministry said" (speaker after),
 * "Mr Peskov said: “…”" (speaker before), "“…,” said Mr Campbell" (inverted). The speaker is the actor
 * mention next to a speech verb ({@code speech-verbs.txt}) in the sentence where the quotation ends or
 * begins; a pronoun speaker ("he said") is resolved like any pronoun. Quotations of fewer than three
 * words are scare quotes, not speech.
 */
final class QuoteAttributor {
  private static final Set<String> SPEECH = VerbLexicon.SPEECH;
  // "…,” the Latvian foreign minister, Anna Berzina, said": a role and its holder's name fit in
  private static final int WINDOW = 12;

  List<Quote> find(String text, List<Sentence> sentences, ResolvedActors actors) {
    List<Quote> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int open = nextOpen(text, i);
      if (open < 0) break;
      char o = text.charAt(open);
      int close = o == '“' ? text.indexOf('”', open + 1) : text.indexOf('"', open + 1);
      if (close < 0) break;
      int para = text.indexOf("\n\n", open);
      if (para >= 0 && para < close && o == '"') { // an unbalanced straight quote: resynchronise
        i = open + 1;
        continue;
      }
      String inner = text.substring(open + 1, close).strip();
      i = close + 1;
      if (inner.split("\\s+").length < 3) continue;
      Sentence first = sentenceAt(sentences, open + 1);
      Sentence last = sentenceAt(sentences, close);
      ActorMention speaker = null;
      if (last != null) speaker = after(last, close, actors);
      if (speaker == null && first != null) speaker = before(first, open, actors);
      if (speaker == null && last != null && last != first) speaker = before(last, open, actors);
      if (speaker == null) speaker = continued(text, open, out);
      int start = open + 1 + (text.substring(open + 1, close).length() - text.substring(open + 1, close).stripLeading().length());
      out.add(new Quote(inner, start, start + inner.length(), first == null ? -1 : first.index(), speaker));
    }
    return out;
  }

  /**
   * A quotation that opens a paragraph with no speaker of its own continues the quotation of the paragraph
   * just before ("“…,” said the prime minister. / “Our army will …”"): it is the same speaker's.
   */
  private static @Nullable ActorMention continued(String text, int open, List<Quote> before) {
    if (before.isEmpty()) return null;
    Quote prev = before.get(before.size() - 1);
    if (prev.speaker() == null || prev.end() > open) return null;
    String gap = text.substring(prev.end(), open);
    int breaks = gap.split("\n\\s*\n", -1).length - 1;
    boolean opensParagraph = text.substring(0, open).stripTrailing().length() < open
        && (open == 0 || text.substring(Math.max(0, text.lastIndexOf('\n', open - 1) + 1), open).isBlank());
    return opensParagraph && breaks == 1 && gap.length() < 200 ? prev.speaker() : null;
  }

  private static int nextOpen(String text, int from) {
    int a = text.indexOf('“', from);
    int b = text.indexOf('"', from);
    if (a < 0) return b;
    if (b < 0) return a;
    return Math.min(a, b);
  }

  private static @Nullable Sentence sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (s.begin() <= offset && offset <= s.end()) return s;
    }
    return null;
  }

  /** "“…,” X said" or "“…,” said X": the speaker after the closing mark. */
  private static @Nullable ActorMention after(Sentence s, int close, ResolvedActors actors) {
    List<Token> toks = s.tokens();
    int k = 0;
    while (k < toks.size() && toks.get(k).begin() <= close) k++;
    int verb = -1;
    for (int j = k; j < Math.min(toks.size(), k + WINDOW); j++) {
      if (SPEECH.contains(toks.get(j).lemma().toLowerCase(Locale.ROOT)) && toks.get(j).isVerb()) { verb = j; break; }
      if (toks.get(j).word().equals("“") || toks.get(j).word().equals("\"")) break;
    }
    if (verb < 0) return null;
    // "X said" / "X told lawmakers": the speaker stands before the verb, and what follows the verb is
    // its object; only "said X" (nothing but punctuation before the verb) looks after it
    boolean wordsBefore = false;
    for (int j = k; j < verb; j++) {
      if (Character.isLetterOrDigit(toks.get(j).word().charAt(0))) wordsBefore = true;
    }
    int from = wordsBefore ? k : verb + 1;
    int to = wordsBefore ? verb : Math.min(toks.size(), verb + WINDOW);
    for (int j = from; j < to; j++) {
      List<ActorMention> ms = actors.at(s.index(), j);
      if (!ms.isEmpty()) return ms.get(0);
    }
    return null;
  }

  /** "X said: “…”": the speaker before the opening mark, in the same sentence. */
  private static @Nullable ActorMention before(Sentence s, int open, ResolvedActors actors) {
    List<Token> toks = s.tokens();
    int k = toks.size() - 1;
    while (k >= 0 && toks.get(k).begin() >= open) k--;
    if (k < 0) return null;
    for (int j = k; j >= Math.max(0, k - WINDOW); j--) {
      if (SPEECH.contains(toks.get(j).lemma().toLowerCase(Locale.ROOT)) && toks.get(j).isVerb()) {
        for (int m = j - 1; m >= Math.max(0, j - WINDOW); m--) {
          List<ActorMention> ms = actors.at(s.index(), m);
          if (!ms.isEmpty()) return ms.get(0);
        }
        for (int m = j + 1; m <= k; m++) {
          List<ActorMention> ms = actors.at(s.index(), m);
          if (!ms.isEmpty()) return ms.get(0);
        }
        return null;
      }
    }
    return null;
  }
}
