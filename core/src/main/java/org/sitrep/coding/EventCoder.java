package org.sitrep.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.actors.Gazetteer;
import org.sitrep.actors.ResolvedActors;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Codes CAMEO events from dependency-parsed sentences whose actors are resolved: each parsed sentence is
 * read by the {@link Construction}s in a fixed order — nouns of joint acts, verb patterns, claim denials,
 * quoted demands, criticism, acts named by nouns — and the same (source, target, code) is coded once per article, at its first
 * sentence. Negated acts are not coded. To add a construction, write a class implementing
 * {@link Construction} and add it to {@link #constructions}.
 */
final class EventCoder {
  private final VerbLexicon lexicon;
  private final CameoCodebook codebook;
  private final Gazetteer gazetteer;
  /** The constructions, in the order they code a sentence (an earlier one's event wins a shared fact). */
  private final List<Construction> constructions;

  EventCoder(VerbLexicon lexicon, CameoCodebook codebook) {
    this(lexicon, codebook, Gazetteer.standard());
  }

  EventCoder(VerbLexicon lexicon, CameoCodebook codebook, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.codebook = codebook;
    this.gazetteer = gazetteer;
    this.constructions = List.of(new JointNouns(lexicon), new VerbPatterns(lexicon), new ClaimDenials(),
        new QuotedDemands(), new Criticism(), new NominalEvents());
  }

  /**
   * Whether a sentence can hold an event: {@link #candidate(Sentence, ResolvedActors)}, or it lies inside a quotation
   * whose speaker is another actor than one it names, and it holds a word of criticism or blame (see Criticism#quoted).
   */
  boolean candidate(Sentence s, ResolvedActors actors, List<Quote> quotes) {
    if (candidate(s, actors)) return true;
    List<org.sitrep.model.ActorMention> here = actors.inSentence(s.index());
    if (here.isEmpty() || s.tokens().isEmpty()) return false;
    int begin = s.tokens().get(0).begin();
    int end = s.tokens().get(s.tokens().size() - 1).end();
    for (Quote q : quotes) {
      if (q.speaker() == null || q.start() > begin || end > q.end()) continue;
      boolean other = here.stream().anyMatch(m -> !org.sitrep.actors.ActorIdentity.same(m, q.speaker()));
      if (other && Criticism.mayHold(s.tokens())) return true;
    }
    return false;
  }

  /** Whether a sentence can hold an event: it has an actor and a trigger word. */
  boolean candidate(Sentence s, ResolvedActors actors) {
    List<org.sitrep.model.ActorMention> here = actors.inSentence(s.index());
    if (here.isEmpty()) {
      return false;
    }
    // actors, not mentions: "Webb said he had taken his car" holds one actor, whom no act of two parties needs
    Set<String> distinct = new java.util.HashSet<>();
    for (org.sitrep.model.ActorMention m : here) distinct.add(org.sitrep.actors.ActorIdentity.key(m.actor()));
    int mentions = distinct.size();
    if (mentions == 1) {
      // "told friends and family": an actor's own people are the other party (see Participants.circle)
      for (Token t : s.tokens()) {
        if (VerbLexicon.CIRCLE.contains(t.lemma().toLowerCase(Locale.ROOT))) mentions = 2;
      }
      // "looted a market in El Fasher": a named city may stand for the other party (see VerbPatterns.thingsPlace)
      for (int i = 0; i < s.tokens().size() && mentions == 1; i++) {
        Token t = s.tokens().get(i);
        if (!t.pos().startsWith("NNP") || !actors.at(s.index(), i).isEmpty()) continue;
        org.sitrep.actors.Gazetteer.Entry e = gazetteer.match(s.tokens(), i);
        if (e != null && e.kind() == org.sitrep.actors.Gazetteer.Kind.CITY) mentions = 2;
      }
    }
    // Parsing is the costly step: only sentences with a trigger and enough actors for it are parsed
    // (two, or one for acts coded without a target such as denials), and a trigger counts only when the
    // words one of its patterns needs are in the sentence.
    Set<String> words = null;
    for (Token t : s.tokens()) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (mentions >= 2 && QuotedDemands.MODALS.containsKey(lemma)) return true; // a demand or an appeal, see QuotedDemands
      if (mentions >= 2 && t.isNoun() && NominalEvents.isEventNoun(lemma)) return true; // see NominalEvents
      boolean speech = mentions >= 2 && t.isVerb() && VerbLexicon.SPEECH.contains(lemma);
      if (!speech && !lexicon.isTrigger(lemma)) continue;
      if (words == null) words = words(s);
      // what a speaker says about another actor in critical words is criticism, see Criticism
      if (speech && Criticism.mayHold(s.tokens())) return true;
      if (!lexicon.isTrigger(lemma) || !lexicon.mayMatch(lemma, words)) continue;
      if (mentions >= 2 && codable(t, lemma, s)) return true;
      if (lexicon.codesWithoutTarget(lemma) && t.isVerb()) return true;
      if (t.pos().equals("VBN") && lexicon.impliesAuthority(lemma)) return true; // "was arrested": police implied
    }
    return false;
  }

  /**
   * Whether a trigger word in this form can be coded once the sentence is parsed: a verb or an adjective; a
   * singular common noun only as a predicate ("is under investigation by", see {@link VerbPatterns}), so in a
   * sentence with a form of "be" or with no verb at all; any noun the lexicon has as a joint act ("during a
   * meeting with", see {@link JointNouns}). Plural and proper nouns ("trade talks", "the Campaign for ...") never
   * are: sentences parsed only for such a noun were 5 % of the words parsed in the 181 benchmark pages, and their
   * one event came from a reported "should", now a reason of its own.
   */
  private boolean codable(Token t, String lemma, Sentence s) {
    if (t.isVerb() || t.pos().startsWith("JJ")) return true;
    if (!t.isNoun()) return false;
    if (lexicon.noun(lemma) != null) return true;
    return t.pos().equals("NN") && copularOrVerbless(s);
  }

  private static boolean copularOrVerbless(Sentence s) {
    boolean verb = false;
    for (Token t : s.tokens()) {
      if (t.lemma().equalsIgnoreCase("be")) return true;
      verb |= t.isVerb();
    }
    return !verb;
  }

  /** The sentence's lemmas and lower-cased words. */
  private static Set<String> words(Sentence s) {
    Set<String> out = new java.util.HashSet<>();
    for (Token t : s.tokens()) {
      out.add(t.lemma().toLowerCase(Locale.ROOT));
      out.add(t.word().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * The events of the parsed sentences, deduplicated per article. {@code parsed} holds all the article's
   * sentences in order (a sentence's index is its position), parsed where they can hold an event.
   */
  List<Event> code(List<Sentence> parsed, ResolvedActors actors, List<TimeExpression> dates, List<Quote> quotes,
      Actor outlet, @Nullable String published) {
    Map<String, Event> out = new LinkedHashMap<>();
    for (Sentence s : parsed) {
      if (!s.parsed()) continue;
      DependencyTree tree = new DependencyTree(s);
      Participants parts = new Participants(tree, actors);
      SentenceCoding sentence = new SentenceCoding(tree, actors,
          new ModalityResolver(tree, actors, parts, quotes, outlet), parts,
          new Circumstances(tree, actors, dates, lexicon, gazetteer), codebook, outlet, published, out);
      for (Construction c : constructions) c.code(sentence);
      ClaimDenials.accuseDeniers(out, s, parsed);
    }
    return List.copyOf(out.values());
  }
}
