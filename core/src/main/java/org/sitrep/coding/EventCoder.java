package org.sitrep.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.actors.ActorResolver;
import org.sitrep.actors.ResolvedActors;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Modality;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Codes CAMEO events from dependency-parsed sentences whose actors are resolved.
 *
 * <p>For each verb in {@code verbs.tsv}: the source is its subject (or, for a passive, the "by"
 * phrase; for a clause with no subject of its own, the subject or object that controls it: "accused
 * North Korea <em>of supplying</em>" makes North Korea the supplier); the target is found in the slots
 * the pattern names. Coordinated actors give one event each; symmetric acts of coordinated subjects
 * ("A and B agreed") give A→B. The modality comes from the verb's own markers ("will", "would",
 * "reportedly", "according to") and from the verbs above it: a speech verb makes the act a reported
 * account asserted by its speaker, "accuse" or "claim" an allegation, "deny" a denial; an act dated
 * after publication is planned. Negated acts are not coded. The same (source, target, code) is coded
 * once per article, at its first sentence.
 */
final class EventCoder {
  private static final Set<String> SPEECH = VerbLexicon.SPEECH;
  static final Set<String> ALLEGING = Set.of("claim", "allege", "accuse", "blame", "charge");
  static final Set<String> DENYING = Set.of("deny", "reject", "dismiss", "refute", "rebuff");
  static final Set<String> PLANNING = Set.of("plan", "intend", "aim", "expect", "hope", "want", "seek",
      "prepare", "schedule", "set", "consider", "propose", "vow", "pledge", "promise", "threaten", "agree",
      "offer", "try", "attempt", "due", "likely", "poised", "ready", "going");
  private static final Set<String> CLAIM_NOUNS = Set.of("claim", "allegation", "accusation", "report", "charge",
      "charges", "allegations", "claims", "accusations", "complaint", "complaints");
  private static final Set<String> CRITICAL = VerbLexicon.CRITICAL;
  private static final Set<String> CRITICAL_IF_NEGATED = VerbLexicon.CRITICAL_IF_NEGATED;
  private static final Set<String> CONTEST = VerbLexicon.CONTEST;
  private static final Set<String> CIRCLE = VerbLexicon.CIRCLE;
  private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\d{1,3}-\\d{1,3}");
  private static final Set<String> OPINION = Set.of("think", "believe", "feel", "consider", "find");
  static final Set<String> APPEALS = Set.of("urge", "ask", "demand", "press", "pressure", "push", "beg",
      "implore", "encourage", "persuade", "convince", "call", "invite", "request", "order", "instruct", "tell");
  static final Set<String> INTENT = Set.of("pledge", "promise", "vow", "offer", "agree", "threaten", "plan");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

  private final VerbLexicon lexicon;
  private final CameoCodebook codebook;

  EventCoder(VerbLexicon lexicon, CameoCodebook codebook) {
    this.lexicon = lexicon;
    this.codebook = codebook;
  }

  /** Whether a sentence can hold an event: it has an actor and a trigger word. */
  boolean candidate(Sentence s, ResolvedActors actors) {
    int mentions = actors.inSentence(s.index()).size();
    if (mentions == 0) {
      return false;
    }
    // Parsing is the costly step: only sentences with a trigger and enough actors for it are parsed
    // (two, or one for acts coded without a target such as denials).
    for (Token t : s.tokens()) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (mentions >= 2 && lemma.equals("must")) return true; // a quoted demand, see demands()
      if (!lexicon.isTrigger(lemma)) continue;
      if (mentions >= 2 && (t.isVerb() || t.pos().startsWith("JJ") || t.isNoun())) return true;
      if (lexicon.codesWithoutTarget(lemma) && t.isVerb()) return true;
    }
    return false;
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
      new SentenceCoder(s, actors, dates, quotes, outlet, published).run(out);
      accuseDeniers(out, s, parsed);
    }
    return List.copyOf(out.values());
  }

  /**
   * "He has always denied the allegations": a denial of a claim that names no accuser is a denial
   * against whoever the article last named as acting against the denier in a sentence about the same
   * claim ("an investigation into a rape allegation made against Assange" by Swedish prosecutors). Only
   * a claim noun as what is denied refers back ("denied having sex with ..." keeps no target), and only
   * to a sentence holding that noun: an unrelated charge elsewhere is not the claim denied.
   */
  private void accuseDeniers(Map<String, Event> out, Sentence s, List<Sentence> sentences) {
    Set<String> claims = deniedClaims(s);
    if (claims.isEmpty()) return;
    for (Map.Entry<String, Event> entry : out.entrySet()) {
      Event d = entry.getValue();
      if (d.sentence() != s.index() || !d.cameo().equals("016") || d.target() != null) continue;
      String denier = SentenceCoder.who(d.source().actor());
      Event accusation = null;
      for (Event e : out.values()) {
        if (e.sentence() < s.index() && e.target() != null
            && SentenceCoder.who(e.target().actor()).equals(denier)
            && !SentenceCoder.who(e.source().actor()).equals(denier)
            && mentions(sentences.get(e.sentence()), claims)
            && (accusation == null || e.sentence() >= accusation.sentence())) {
          accusation = e;
        }
      }
      if (accusation == null) continue;
      entry.setValue(new Event(d.source(), accusation.source(), d.cameo(), d.root(), d.name(), d.plover(),
          d.goldstein(), d.quadClass(), d.modality(), d.assertedBy(), d.deniedBy(), d.date(), d.place(),
          d.sentence(), d.evidence(), d.rule() + "+accuser"));
    }
  }

  /** The claim nouns that are the object of a denying verb in the sentence ("denied the allegations"). */
  private static Set<String> deniedClaims(Sentence s) {
    Set<String> out = new HashSet<>();
    for (Token t : s.tokens()) {
      String lemma = SentenceCoder.lemma(t);
      if (CLAIM_NOUNS.contains(lemma) && t.head() >= 0 && "obj".equals(t.relation())
          && DENYING.contains(SentenceCoder.lemma(s.tokens().get(t.head())))) {
        out.add(lemma);
      }
    }
    return out;
  }

  private static boolean mentions(Sentence s, Set<String> lemmas) {
    for (Token t : s.tokens()) {
      if (lemmas.contains(SentenceCoder.lemma(t))) return true;
    }
    return false;
  }

  /** The work on one sentence. */
  private final class SentenceCoder {
    final Sentence s;
    final List<Token> toks;
    final List<List<Integer>> children;
    final ResolvedActors actors;
    final List<TimeExpression> dates;
    final List<Quote> quotes;
    final Actor outlet;
    final @Nullable String published;

    SentenceCoder(Sentence s, ResolvedActors actors, List<TimeExpression> dates, List<Quote> quotes, Actor outlet,
        @Nullable String published) {
      this.s = s;
      this.toks = s.tokens();
      this.actors = actors;
      this.dates = dates;
      this.quotes = quotes;
      this.outlet = outlet;
      this.published = published;
      children = new ArrayList<>();
      for (int i = 0; i < toks.size(); i++) children.add(new ArrayList<>());
      for (Token t : toks) {
        if (t.head() >= 0) children.get(t.head()).add(t.index());
      }
    }

    void run(Map<String, Event> out) {
      List<Event> alleged = new ArrayList<>();
      for (Token v : toks) {
        String lemma = lemma(v);
        List<VerbLexicon.Pattern> patterns = lexicon.patterns(lemma);
        if (!patterns.isEmpty() && (v.isVerb() || v.pos().startsWith("JJ")
            || v.pos().equals("NN") && (isPredicate(v) || hasChild(v, "cop")))) { // "X is under investigation by Y"
          if (!negated(v)) {
            // the first pattern whose words are present and that finds its participants codes the verb
            for (VerbLexicon.Pattern p : matching(v, patterns)) {
              if (p.code().equals(VerbLexicon.NO_EVENT) || codeVerb(v, p, out, alleged)) break;
            }
          }
        }
        String nounCode = lexicon.noun(lemma);
        if (nounCode != null && v.isNoun() && v.head() >= 0 && rel(v).startsWith("obl")) {
          codeJointNoun(v, nounCode, out);
        }
      }
      denials(out, alleged);
      demands(out);
      criticism(out);
    }

    /**
     * "Eswar Prasad said the president's 'mercurial temperament' had complicated the talks": what a
     * speaker says about an actor in critical words (critical-words.txt) is criticism of that actor
     * (CAMEO 111). The actor is the clause's subject, or whom its subject belongs to, is against or is by.
     */
    private void criticism(Map<String, Event> out) {
      for (Token v : toks) {
        if (!v.isVerb() || !SPEECH.contains(lemma(v)) || negated(v)) continue;
        List<ActorMention> speakers = subjectsOf(v);
        if (speakers.isEmpty()) continue;
        List<Integer> said = new ArrayList<>();
        for (int c : children.get(v.index())) {
          if (rel(toks.get(c)).equals("ccomp")) said.add(c);
        }
        if (rel(v).equals("parataxis") && v.head() >= 0) said.add(v.head()); // "“…,” the minister said"
        for (int c : said) {
          int clause = c;
          for (int cc : children.get(c)) { // "I think the allegations are ...": what is thought
            if (OPINION.contains(lemma(toks.get(c))) && rel(toks.get(cc)).equals("ccomp")) clause = cc;
          }
          if (!critical(clause, 0)) continue;
          List<ActorMention> about = new ArrayList<>();
          for (int cc : children.get(clause)) {
            String r = rel(toks.get(cc));
            if (r.equals("csubj")) about.addAll(oblique(cc, "by")); // "the claims made by Azerbaijan are ..."
            if (!r.equals("nsubj") && !r.equals("nsubj:pass")) continue;
            about.addAll(actorsOf(cc));
            if (about.isEmpty()) about.addAll(owners(cc, 2));
            if (about.isEmpty()) about.addAll(nominal(cc, "against"));
            if (about.isEmpty()) about.addAll(nominal(cc, "by")); // "the claims by Azerbaijan are not credible"
          }
          for (ActorMention src : speakers) {
            for (ActorMention tgt : distinct(about)) {
              if (same(src, tgt)) continue;
              Event e = event(v, src, tgt, "111", "criticism");
              if (e != null) put(out, e);
            }
          }
        }
      }
    }

    /** Whether the subtree under {@code node} holds a critical word (not negated), or negated praise. */
    private boolean critical(int node, int depth) {
      if (depth > 12) return false;
      Token t = toks.get(node);
      String l = lemma(t);
      String w = t.word().toLowerCase(Locale.ROOT);
      boolean neg = children.get(node).stream()
          .anyMatch(c -> rel(toks.get(c)).equals("advmod") && NEGATIONS.contains(lemma(toks.get(c))));
      if ((CRITICAL.contains(l) || CRITICAL.contains(w)) && !neg) return true;
      if ((CRITICAL_IF_NEGATED.contains(l) || CRITICAL_IF_NEGATED.contains(w)) && neg) return true;
      for (int c : children.get(node)) {
        if (critical(c, depth + 1)) return true;
      }
      return false;
    }

    /**
     * "“The authorities must end this crackdown,” said Philip Luther of Amnesty International": what a
     * quoted speaker says another actor must do is the speaker's demand of that actor (CAMEO 100).
     */
    private void demands(Map<String, Event> out) {
      for (Token v : toks) {
        boolean must = false;
        for (int c : children.get(v.index())) {
          if (rel(toks.get(c)).equals("aux") && lemma(toks.get(c)).equals("must")) must = true;
        }
        Quote q = must ? quoteAround(v) : null;
        if (q == null || q.speaker() == null) continue;
        for (int c : children.get(v.index())) {
          String r = rel(toks.get(c));
          if (!r.equals("nsubj") && !r.equals("nsubj:pass")) continue;
          for (ActorMention x : actorsOf(c)) {
            if (same(q.speaker(), x)) continue;
            Event e = event(v, q.speaker(), x, "100", "must (quoted demand)");
            if (e != null) {
              // what must be done has not happened; that it was demanded has
              put(out, e.withModality(Modality.HAPPENED));
            }
          }
        }
      }
    }

    private boolean isPredicate(Token t) {
      return t.head() < 0 || rel(t).equals("root");
    }

    private static String lemma(Token t) {
      return t.lemma().toLowerCase(Locale.ROOT);
    }

    private String rel(Token t) {
      return t.relation() == null ? "" : t.relation();
    }

    /** Lemmas of the dependents a pattern's parts may name. */
    private Set<String> dependentWords(Token v) {
      Set<String> words = new HashSet<>();
      if (gerundHost(v) != null) {
        Token noun = toks.get(v.head());
        words.add(lemma(noun));
        for (int c : children.get(noun.index())) {
          if (rel(toks.get(c)).equals("conj")) words.add(lemma(toks.get(c)));
        }
      }
      for (int c : children.get(v.index())) {
        Token ch = toks.get(c);
        String r = rel(ch);
        if (r.equals("obj") || r.equals("iobj") || r.equals("compound:prt") || r.equals("xcomp") || r.startsWith("obl")
            || r.equals("nsubj:pass") || r.equals("advcl") || r.equals("ccomp") || r.equals("cop")) {
          words.add(lemma(ch));
          words.add(ch.word().toLowerCase(Locale.ROOT));
          for (int cc : children.get(c)) {
            Token g = toks.get(cc);
            if (rel(g).equals("case") || rel(g).equals("mark") || rel(g).equals("compound") || rel(g).equals("amod")) {
              words.add(lemma(g));
            }
            if (rel(g).startsWith("nmod") || rel(g).equals("obl")) {
              words.add(lemma(g));
            }
          }
        }
      }
      return words;
    }

    private List<VerbLexicon.Pattern> matching(Token v, List<VerbLexicon.Pattern> patterns) {
      List<VerbLexicon.Pattern> out = new ArrayList<>();
      Set<String> words = null;
      for (VerbLexicon.Pattern p : patterns) {
        if (p.parts().isEmpty()) {
          out.add(p);
          continue;
        }
        if (words == null) words = dependentWords(v);
        boolean all = true;
        for (Set<String> part : p.parts()) {
          boolean any = false;
          for (String w : part) {
            if (words.contains(w)) { any = true; break; }
          }
          if (!any) { all = false; break; }
        }
        if (all) out.add(p);
      }
      return out;
    }

    /** Whether the act is negated, itself or through the verb it complements ("never urged X to investigate"). */
    private boolean negated(Token v) {
      for (int c : children.get(v.index())) {
        Token ch = toks.get(c);
        if ((rel(ch).equals("advmod") || rel(ch).equals("neg")) && NEGATIONS.contains(lemma(ch))) return true;
      }
      if (rel(v).equals("xcomp") && v.head() >= 0 && !DENYING.contains(lemma(toks.get(v.head())))) {
        return negated(toks.get(v.head()));
      }
      // "no knowledge of any efforts to urge Ukraine to investigate", "no evidence that Iran attacked":
      // an act told under a negated noun is not told as having happened
      Token cur = v;
      for (int guard = 0; cur.head() >= 0 && guard < 5; guard++) {
        String r = rel(cur);
        Token h = toks.get(cur.head());
        if (!(r.equals("xcomp") || r.startsWith("acl") || r.startsWith("nmod") || r.equals("ccomp") && h.isNoun())) break;
        if (h.isNoun()) {
          for (int c : children.get(h.index())) {
            if (rel(toks.get(c)).equals("det") && lemma(toks.get(c)).equals("no")) return true;
          }
        }
        cur = h;
      }
      return false;
    }

    /**
     * A gerund the parser took for an adjective of its object ("of [supplying] missiles", amod): the
     * clause it heads hangs on the verb above the noun, which then holds its arguments.
     */
    private @Nullable Token gerundHost(Token v) {
      if (!v.pos().equals("VBG") || !rel(v).equals("amod") || v.head() < 0) return null;
      Token noun = toks.get(v.head());
      if (!rel(noun).startsWith("obl") || noun.head() < 0 || !(hasCase(noun.index(), "of") || hasCase(noun.index(), "for"))) {
        return null;
      }
      return toks.get(noun.head());
    }

    /** Codes the verb with one pattern; false when the pattern finds no participants. */
    private boolean codeVerb(Token v, VerbLexicon.Pattern p, Map<String, Event> out, List<Event> alleged) {
      if (p.has("contest") && isContest()) return false; // "Russia beat Croatia 3-0"
      Token host = gerundHost(v);
      if (host != null) {
        return codeGerund(v, host, p, out, alleged);
      }
      boolean passive = false;
      List<ActorMention> sources = new ArrayList<>();
      List<ActorMention> targets = new ArrayList<>();
      for (int c : children.get(v.index())) {
        Token ch = toks.get(c);
        String r = rel(ch);
        if (r.equals("nsubj")) {
          sources.addAll(actorsOf(c));
        } else if (r.equals("nsubj:pass")) {
          passive = true;
          targets.addAll(actorsOf(c));
        }
      }
      for (int c : children.get(v.index())) {
        if (rel(toks.get(c)).equals("aux:pass")) passive = true; // "of being extradited": no subject, still passive
      }
      if (passive) {
        sources.addAll(oblique(v.index(), "by"));
        if (sources.isEmpty() && p.has("srcfrom")) sources.addAll(oblique(v.index(), "from"));
        if (sources.isEmpty() && p.has("srcfrom")) {
          // "deported for illegally entering the United States", "deported from Arizona in the US": the
          // state the clause places them in is the one that sends them away
          sources.addAll(statesBelow(v.index(), 3));
        }
        if (targets.isEmpty()) targets.addAll(undergoer(v));
      }
      boolean hasSubject = false;
      for (int c : children.get(v.index())) {
        // a relative pronoun ("the United States, which accuses him") stands for the noun the clause hangs on
        if (rel(toks.get(c)).startsWith("nsubj") && !toks.get(c).pos().startsWith("W")) hasSubject = true;
      }
      if (sources.isEmpty() && !passive && !hasSubject) { // "the two sides agreed": a subject, but no actor
        sources.addAll(controller(v));
      }
      if (!passive) {
        for (String slot : p.slots()) {
          targets.addAll(slot(v, slot, isMaterial(p.code())));
          if (!targets.isEmpty()) break;
        }
        if (targets.isEmpty() && INTENT.contains(p.lemma())) {
          // "pledged to help the Philippines": the intended act's object is the target
          for (int c : children.get(v.index())) {
            if (rel(toks.get(c)).equals("xcomp")) {
              for (String slot : List.of("obj", "with", "to")) {
                targets.addAll(slot(toks.get(c), slot));
                if (!targets.isEmpty()) break;
              }
              if (targets.isEmpty()) { // "pledged to help the Philippines build ..."
                for (int cc : children.get(c)) {
                  String r = rel(toks.get(cc));
                  if (r.equals("ccomp") || r.equals("xcomp")) targets.addAll(subjectsOf(toks.get(cc)));
                }
              }
            }
          }
        }
        if (targets.isEmpty() && rel(v).equals("conj") && v.head() >= 0) {
          for (String slot : List.of("obj", "with", "to")) {
            targets.addAll(slot(toks.get(v.head()), slot));
            if (!targets.isEmpty()) break;
          }
        }
      }
      if (p.has("rev")) {
        List<ActorMention> t = sources;
        sources = targets;
        targets = t;
      }
      sources = distinct(sources);
      targets = distinct(targets);
      if (p.has("sym") && targets.isEmpty() && sources.size() >= 2) {
        targets = List.of(sources.get(1));
        sources = List.of(sources.get(0));
      }
      if (sources.isEmpty()) return false;
      if (targets.isEmpty() && p.code().startsWith("01") && !p.has("rev") && sources.size() == 1
          && sources.get(0).actor().country() != null) {
        ActorMention own = circle(v, sources.get(0)); // "told friends and family": statements only
        if (own != null) targets = List.of(own);
      }
      if (targets.isEmpty() && !p.has("notarget")) return false;
      List<ActorMention> ts = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
      for (ActorMention src : sources) {
        for (ActorMention tgt : ts) {
          if (tgt != null && same(src, tgt)) continue;
          // "told reporters", "met reporters": the press carries the news, it is not a party to it
          if (tgt != null && (p.code().startsWith("01") || p.code().startsWith("04")) && isPress(tgt)) continue;
          Event e = event(v, src, tgt, p.code(), p.describe());
          if (e == null) continue;
          put(out, e);
          if (e.modality() == Modality.ALLEGED || e.root().equals("11")) alleged.add(e);
        }
      }
      return true;
    }

    private boolean codeGerund(Token v, Token host, VerbLexicon.Pattern p, Map<String, Event> out, List<Event> alleged) {
      List<ActorMention> sources = new ArrayList<>();
      for (int c : children.get(host.index())) {
        if (rel(toks.get(c)).equals("obj")) sources.addAll(actorsOf(c));
      }
      if (sources.isEmpty()) {
        for (int c : children.get(host.index())) {
          if (rel(toks.get(c)).equals("nsubj")) sources.addAll(actorsOf(c));
        }
      }
      List<ActorMention> targets = new ArrayList<>();
      for (String slot : p.slots()) {
        if (slot.equals("-")) continue;
        if (slot.equals("obj")) {
          targets.addAll(actorsOf(v.head())); // "of attacking [Ukraine's grid]": the noun is the object
          if (!targets.isEmpty()) break;
          continue;
        }
        targets.addAll(oblique(host.index(), slot));
        targets.addAll(nominal(v.head(), slot));
        if (!targets.isEmpty()) break;
      }
      if (p.has("rev")) {
        List<ActorMention> t = sources;
        sources = targets;
        targets = t;
      }
      boolean any = false;
      for (ActorMention src : distinct(sources)) {
        for (ActorMention tgt : distinct(targets)) {
          if (same(src, tgt)) continue;
          Event e = event(v, src, tgt, p.code(), p.describe());
          if (e == null) continue;
          put(out, e);
          any = true;
          if (e.modality() == Modality.ALLEGED) alleged.add(e);
        }
      }
      return any;
    }

    /**
     * "In a phone call, A and B agreed": the joint act of coordinated subjects; "announced the deal
     * during a meeting with Liu He": the subject's meeting with the one named.
     */
    private void codeJointNoun(Token noun, String code, Map<String, Event> out) {
      Token v = toks.get(noun.head());
      List<ActorMention> subj = new ArrayList<>();
      for (int c : children.get(v.index())) {
        if (rel(toks.get(c)).equals("nsubj")) subj.addAll(actorsOf(c));
      }
      subj = distinct(subj);
      List<ActorMention> with = distinct(nominal(noun.index(), "with"));
      if (!subj.isEmpty() && !with.isEmpty() && !negated(v)) {
        for (ActorMention t : with) {
          if (same(subj.get(0), t)) continue;
          Event e = event(v, subj.get(0), t, code, "noun " + lemma(noun) + " with");
          if (e != null) put(out, e);
        }
        return;
      }
      if (subj.size() >= 2 && !same(subj.get(0), subj.get(1))) {
        Event e = event(noun, subj.get(0), subj.get(1), code, "noun " + lemma(noun));
        if (e != null) put(out, e);
      }
    }

    /** The subject a clause without one takes from the clause above it. */
    private List<ActorMention> controller(Token v) {
      if (v.head() < 0) return List.of();
      Token h = toks.get(v.head());
      String r = rel(v);
      List<ActorMention> out = new ArrayList<>();
      if (r.equals("xcomp") || r.equals("advcl") && hasMark(v, "of", "for")) {
        for (int c : children.get(h.index())) {
          if (rel(toks.get(c)).equals("obj")) out.addAll(actorsOf(c));
        }
        if (!out.isEmpty() && (r.equals("advcl") || !SPEECH.contains(lemma(h)))) return out;
      }
      if (r.equals("xcomp") || r.equals("conj") || r.equals("advcl") || r.equals("ccomp") || r.equals("dep")
          && v.isVerb()) {
        for (int c : children.get(h.index())) {
          if (rel(toks.get(c)).equals("nsubj")) out.addAll(actorsOf(c));
        }
        if (out.isEmpty() && (r.equals("xcomp") || r.equals("conj"))) return controller(h);
      }
      if (r.equals("acl:relcl") || r.equals("acl")) {
        for (ActorMention m : actorsOf(h.index())) {
          if (m.actor().role() != null) out.add(m); // "the Swedish move to drop ..." is no actor's act
        }
        if (out.isEmpty() && r.equals("acl") && v.pos().equals("VBG") && v.index() > 0
            && toks.get(v.index() - 1).word().equals(",") && h.head() >= 0) {
          // "held talks with them, threatening them with tariffs": a participle after a comma is the
          // act of the clause's subject, whatever noun the parser hung it on
          for (int c : children.get(h.head())) {
            if (rel(toks.get(c)).equals("nsubj")) out.addAll(actorsOf(c));
          }
        }
      }
      return out;
    }

    /**
     * Who undergoes a passive clause that has no subject of its own: the subject of the clause it
     * hangs on ("150 Indians returned home after being deported", "he was arrested and deported").
     */
    private List<ActorMention> undergoer(Token v) {
      String r = rel(v);
      if (v.head() < 0 || !(r.equals("advcl") || r.equals("conj") || r.equals("xcomp"))) return List.of();
      List<ActorMention> out = new ArrayList<>();
      for (int c : children.get(v.head())) {
        String cr = rel(toks.get(c));
        if (cr.equals("nsubj") || cr.equals("nsubj:pass")) out.addAll(actorsOf(c));
      }
      return out;
    }

    /** Unnamed press ("reporters", "journalists"): a statement to them is a statement to the public. */
    private static boolean isPress(ActorMention m) {
      return "MED".equals(m.actor().role()) && m.actor().name() == null;
    }

    private boolean hasChild(Token v, String relation) {
      for (int c : children.get(v.index())) {
        if (rel(toks.get(c)).equals(relation)) return true;
      }
      return false;
    }

    private boolean hasMark(Token v, String... marks) {
      for (int c : children.get(v.index())) {
        Token ch = toks.get(c);
        if (rel(ch).equals("mark") && Set.of(marks).contains(lemma(ch))) return true;
      }
      return false;
    }

    private List<ActorMention> slot(Token v, String slot) {
      return slot(v, slot, false);
    }

    /**
     * The target actors in a pattern's slot. {@code material}: the act is done to things (destroying,
     * seizing, attacking), so a thing's owners are its target.
     */
    private List<ActorMention> slot(Token v, String slot, boolean material) {
      if (slot.equals("-")) return List.of();
      List<ActorMention> out = new ArrayList<>();
      for (int c : children.get(v.index())) {
        Token ch = toks.get(c);
        if (slot.equals("obj") && rel(ch).equals("obj") || slot.equals("iobj") && rel(ch).equals("iobj")) {
          out.addAll(actorsOf(c));
        }
      }
      if (out.isEmpty() && slot.equals("obj")) {
        // "rejected Assange's attempt", "criticised China's decision": the act's owner is the target
        for (int c : children.get(v.index())) {
          if (!rel(toks.get(c)).equals("obj") || !toks.get(c).isNoun()) continue;
          for (int cc : children.get(c)) {
            if (rel(toks.get(cc)).equals("nmod:poss")) out.addAll(actorsOf(cc));
          }
          // "smashing windows of cars with drivers inside", "shelled the homes of villagers": the
          // people the thing belongs to, two steps down at most
          if (out.isEmpty() && material) out.addAll(owners(c, 2));
          // "shelled positions in northern Syria", "struck depots in Lebanon": a thing attacked where a
          // state is, the state's (the place phrase hangs on the thing or on the verb)
          if (out.isEmpty() && material) out.addAll(statesIn(c));
          if (out.isEmpty() && material) out.addAll(statesIn(v.index()));
        }
      }
      if (out.isEmpty() && slot.equals("obj")) {
        // "demanding [the FBI subpoena him]": the subject of a small clause is the one addressed
        for (int c : children.get(v.index())) {
          // (after the verb: a quotation before it, "“…,” the expert warned", is what was said, not to whom)
          if (rel(toks.get(c)).equals("ccomp") && c > v.index() && !hasMark(toks.get(c), "that", "whether", "if")) {
            for (int cc : children.get(c)) {
              if (rel(toks.get(cc)).equals("nsubj")) out.addAll(actorsOf(cc));
            }
          }
        }
      }
      if (!slot.equals("obj") && !slot.equals("iobj")) {
        out.addAll(oblique(v.index(), slot));
        // a light verb's object carries the phrase: "imposed sanctions on Iran"
        for (int c : children.get(v.index())) {
          if (rel(toks.get(c)).equals("obj") || rel(toks.get(c)).startsWith("obl")) {
            out.addAll(nominal(c, slot));
          }
        }
      }
      return out;
    }

    /**
     * Countries named as places ("the United States", "Mexico") in the clause under {@code node}, not
     * in a "to" phrase (the destination) nor in its subject.
     */
    private List<ActorMention> statesBelow(int node, int depth) {
      List<ActorMention> out = new ArrayList<>();
      if (depth == 0) return out;
      for (int c : children.get(node)) {
        String r = rel(toks.get(c));
        if (r.startsWith("nsubj") || hasCase(c, "to")) continue;
        for (ActorMention m : actors.at(s.index(), c)) {
          if (m.rule().contains("metonym") && m.actor().name() == null) out.add(m);
        }
        out.addAll(statesBelow(c, depth - 1));
      }
      return out;
    }

    /**
     * "Prince Andrew told friends and family that ...": the actor's own people (circle-words.txt) as
     * the direct object of a statement, with no actor of their own, are private people of the actor's
     * country. (Calling a friend or visiting relatives is private life, not coded.)
     */
    private @Nullable ActorMention circle(Token v, ActorMention src) {
      for (int c : children.get(v.index())) {
        String r = rel(toks.get(c));
        if (!(r.equals("obj") || r.equals("iobj")) || !actors.at(s.index(), c).isEmpty()) continue;
        Token t = toks.get(c);
        if (!CIRCLE.contains(lemma(t))) continue;
        for (int cc : children.get(c)) { // "his friends" are his; "the minister's friends" are the minister's
          if (rel(toks.get(cc)).equals("nmod:poss") && !actors.at(s.index(), cc).isEmpty()
              && !same(actors.at(s.index(), cc).get(0), src)) return null;
        }
        return new ActorMention(t.word(), t.begin(), t.end(), s.index(), new Actor(null, src.actor().country(), "CVL"),
            "circle");
      }
      return null;
    }

    /** Whether the sentence speaks of a contest: a sport or an election word, or a score. */
    private boolean isContest() {
      for (Token t : toks) {
        if (CONTEST.contains(lemma(t)) || SCORE.matcher(t.word()).matches()) return true;
      }
      return false;
    }

    /** Coercion, assault and fighting (roots 17-20): acts done to people through their things. */
    private static boolean isMaterial(String code) {
      return code.compareTo("17") >= 0 && code.compareTo("21") < 0;
    }

    /** Actors a thing belongs to: its "of"/"with" nominals and their possessors, down to {@code depth}. */
    private List<ActorMention> owners(int node, int depth) {
      List<ActorMention> out = new ArrayList<>();
      if (depth == 0) return out;
      for (int c : children.get(node)) {
        String r = rel(toks.get(c));
        boolean owner = r.equals("nmod:poss") || r.startsWith("nmod") && (hasCase(c, "of") || hasCase(c, "with"));
        if (r.startsWith("acl") && (lemma(toks.get(c)).equals("belong") || lemma(toks.get(c)).equals("own"))) {
          out.addAll(slot(toks.get(c), lemma(toks.get(c)).equals("own") ? "by" : "to")); // "cars belonging to X"
        } else if (owner) {
          List<ActorMention> found = actorsOf(c);
          out.addAll(found.isEmpty() ? owners(c, depth - 1) : found);
        }
      }
      return out;
    }

    /** Actors in obl/nmod dependents of {@code head} introduced by {@code prep}. */
    private List<ActorMention> oblique(int head, String prep) {
      List<ActorMention> out = new ArrayList<>();
      for (int c : children.get(head)) {
        Token ch = toks.get(c);
        if ((rel(ch).startsWith("obl") || rel(ch).startsWith("nmod")) && hasCase(c, prep)) {
          out.addAll(actorsOf(c));
        }
      }
      return out;
    }

    /** States named as metonyms in an "in" phrase under {@code node}: "in northern Syria". */
    private List<ActorMention> statesIn(int node) {
      List<ActorMention> out = new ArrayList<>();
      for (int c : children.get(node)) {
        if (!(rel(toks.get(c)).startsWith("nmod") || rel(toks.get(c)).startsWith("obl")) || !hasCase(c, "in")) continue;
        for (ActorMention m : actors.at(s.index(), c)) {
          if (m.rule().contains("metonym")) out.add(m);
        }
      }
      return out;
    }

    private List<ActorMention> nominal(int noun, String prep) {
      return nominal(noun, prep, 2);
    }

    private List<ActorMention> nominal(int noun, String prep, int depth) {
      List<ActorMention> out = new ArrayList<>();
      for (int c : children.get(noun)) {
        Token ch = toks.get(c);
        if (rel(ch).startsWith("nmod") && hasCase(c, prep)) {
          List<ActorMention> found = actorsOf(c);
          // "an investigation into a rape allegation (made) against Julian Assange": the one it is against
          if (found.isEmpty() && (prep.equals("into") || prep.equals("against"))) found = against(c, 2);
          out.addAll(found);
        } else if (rel(ch).startsWith("nmod") && depth > 1 && actors.at(s.index(), c).isEmpty()) {
          // "pledged $2 billion in aid to Indonesia": the phrase hangs on a noun inside the object
          out.addAll(nominal(c, prep, depth - 1));
        }
        if (rel(ch).equals("conj")) out.addAll(nominal(c, prep, depth)); // "weapons and support from the US"
      }
      return out;
    }

    private List<ActorMention> against(int node, int depth) {
      List<ActorMention> out = new ArrayList<>();
      if (depth == 0) return out;
      for (int c : children.get(node)) {
        String r = rel(toks.get(c));
        if ((r.startsWith("nmod") || r.startsWith("obl")) && hasCase(c, "against")) out.addAll(actorsOf(c));
        else if (r.startsWith("acl") || r.startsWith("nmod")) out.addAll(against(c, depth - 1));
      }
      return out;
    }

    private boolean hasCase(int node, String prep) {
      for (int c : children.get(node)) {
        Token ch = toks.get(c);
        if (rel(ch).equals("case") && (lemma(ch).equals(prep) || ch.word().equalsIgnoreCase(prep))) return true;
      }
      return false;
    }

    /** The actors a nominal stands for: its own mention, or those of its coordinated nominals. */
    private List<ActorMention> actorsOf(int node) {
      List<ActorMention> out = new ArrayList<>(actors.at(s.index(), node));
      if (out.size() == 1 && out.get(0).actor().name() == null && toks.get(node).pos().equals("NNS")) {
        // "two former officials, Mark Ellis and Jane Porter, testified": the people named, one by one
        List<ActorMention> named = new ArrayList<>();
        for (int c : children.get(node)) {
          if (rel(toks.get(c)).equals("appos")) {
            for (ActorMention m : actorsOf(c)) {
              if (m.actor().name() != null && ActorResolver.isPerson(m)) named.add(m);
            }
          }
        }
        if (named.size() >= 2) out = named;
      }
      if (out.isEmpty()) {
        for (int c : children.get(node)) {
          String r = rel(toks.get(c));
          if (r.equals("compound") || r.equals("flat") || r.equals("appos") || r.equals("nmod:poss")) {
            out.addAll(actors.at(s.index(), c));
          }
        }
      }
      if (out.isEmpty()) { // "thousands of Georgians", "a group of lawmakers"
        for (int c : children.get(node)) {
          if (rel(toks.get(c)).startsWith("nmod") && hasCase(c, "of")) out.addAll(actors.at(s.index(), c));
        }
      }
      for (int c : children.get(node)) {
        if (rel(toks.get(c)).equals("conj")) out.addAll(actorsOf(c));
      }
      return out;
    }

    private List<ActorMention> distinct(List<ActorMention> in) {
      List<ActorMention> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (ActorMention m : in) {
        if (m.actor().country() == null) continue;
        // "the Spanish tax agency" is a demonym modifier and a role on the same words: one actor, the role
        boolean covered = m.actor().role() == null && m.actor().name() == null && in.stream().anyMatch(o -> o != m
            && m.actor().country().equals(o.actor().country()) && o.actor().role() != null
            && o.start() < m.end() && m.start() < o.end());
        if (covered) continue;
        if (seen.add(m.actor().country() + "|" + m.actor().role() + "|" + m.actor().name())) out.add(m);
      }
      return out;
    }

    /** Whether two mentions are one actor: two named people are one only by name ("Duvall urged Trump"). */
    private boolean same(ActorMention a, ActorMention b) {
      if (a.actor().name() != null && b.actor().name() != null && ActorResolver.isPerson(a) && ActorResolver.isPerson(b)) {
        return a.actor().name().equals(b.actor().name());
      }
      if (a.actor().name() == null && b.actor().name() == null && a.rule().startsWith("role") && b.rule().startsWith("role")) {
        // "the mayor of Rotterdam" wrote to "the Dutch prime minister": two offices of one state; "the
        // ministry" and "the foreign ministry" are one
        String x = bare(a.mention());
        String y = bare(b.mention());
        if (!x.contains(y) && !y.contains(x)) return false;
      }
      return java.util.Objects.equals(a.actor().country(), b.actor().country())
          && (java.util.Objects.equals(a.actor().role(), b.actor().role()) || a.actor().name() != null
              && a.actor().name().equals(b.actor().name()));
    }


    private @Nullable Event event(Token v, ActorMention src, @Nullable ActorMention tgt, String code, String rule) {
      if (!codebook.known(code)) return null;
      Modality modality = Modality.HAPPENED;
      Actor asserted = outlet;
      List<Actor> deniedBy = new ArrayList<>();
      // the verb's own markers
      for (int c : children.get(v.index())) {
        Token ch = toks.get(c);
        String l = lemma(ch);
        String r = rel(ch);
        if (r.equals("aux") && (l.equals("will") || l.equals("shall") || ch.word().equals("'ll"))) modality = Modality.PLANNED;
        if (r.equals("aux") && Set.of("would", "could", "might", "may", "should", "must").contains(l)) modality = Modality.HYPOTHETICAL;
        if (r.equals("mark") && (l.equals("if") || l.equals("unless"))) modality = Modality.HYPOTHETICAL;
        if (r.equals("advmod") && (l.equals("reportedly") || l.equals("apparently"))) modality = Modality.REPORTED;
        if (r.equals("advmod") && (l.equals("allegedly") || l.equals("purportedly") || l.equals("supposedly"))) modality = Modality.ALLEGED;
        if (r.startsWith("obl") && hasCase(c, "according")) {
          modality = Modality.REPORTED;
          List<ActorMention> by = actorsOf(c);
          if (!by.isEmpty()) asserted = by.get(0).actor();
        }
      }
      // the clauses above it
      Token cur = v;
      boolean complementsOnly = true; // planning verbs reach only their own complements, not "after ..." clauses
      int guard = 0;
      while (cur.head() >= 0 && guard++ < 20) {
        String r = rel(cur);
        Token h = toks.get(cur.head());
        String hl = lemma(h);
        boolean clausal = r.equals("ccomp") || r.equals("xcomp") || r.equals("advcl") || r.equals("parataxis")
            || r.equals("acl") || r.equals("dep");
        if (clausal) {
          if (DENYING.contains(hl) && !h.equals(v)) {
            modality = Modality.DENIED;
            for (ActorMention d : subjectsOf(h)) deniedBy.add(d.actor());
          } else if (ALLEGING.contains(hl) && !h.equals(v)) {
            if (modality != Modality.DENIED) modality = Modality.ALLEGED;
            List<ActorMention> by = subjectsOf(h);
            if (!by.isEmpty()) asserted = by.get(0).actor();
          } else if (SPEECH.contains(hl)) {
            List<ActorMention> by = subjectsOf(h);
            if (!by.isEmpty()) {
              asserted = by.get(0).actor();
              if (modality == Modality.HAPPENED && reportedBy(asserted, src.actor())) {
                modality = Modality.REPORTED;
              }
            } else if (modality == Modality.HAPPENED && hl.equals("report")) {
              modality = Modality.REPORTED;
            }
          } else if (APPEALS.contains(hl) && (r.equals("xcomp") || r.equals("ccomp")) && !h.equals(v)
              && modality == Modality.HAPPENED) {
            modality = Modality.HYPOTHETICAL; // "urged Egypt to open the crossing": asked for, not done
          } else if (PLANNING.contains(hl) && r.equals("xcomp") && complementsOnly && !code.startsWith("03")
              && !code.startsWith("13") && modality == Modality.HAPPENED) {
            modality = Modality.PLANNED;
          }
        }
        if (!r.equals("conj") && !r.equals("xcomp")) complementsOnly = false;
        if (r.equals("conj") || clausal) {
          cur = h;
        } else if (cur.equals(v) && gerundHost(v) != null) {
          Token host = gerundHost(v);
          if (ALLEGING.contains(lemma(host))) {
            if (modality != Modality.DENIED) modality = Modality.ALLEGED;
            List<ActorMention> by = subjectsOf(host);
            if (!by.isEmpty()) asserted = by.get(0).actor();
          }
          cur = host;
        } else {
          break;
        }
      }
      // "Iran released them, the French foreign ministry said": the speech verb hangs below the act
      for (Token cur2 = v; ; ) {
        for (int c : children.get(cur2.index())) {
          Token ch = toks.get(c);
          if (rel(ch).equals("parataxis") && SPEECH.contains(lemma(ch))) {
            List<ActorMention> by = subjectsOf(ch);
            if (!by.isEmpty() && asserted == outlet) {
              asserted = by.get(0).actor();
              if (modality == Modality.HAPPENED && reportedBy(asserted, src.actor())) modality = Modality.REPORTED;
            }
          }
        }
        if (!rel(cur2).equals("conj") || cur2.head() < 0) break;
        cur2 = toks.get(cur2.head());
      }
      // "..., the United Nations said." however parsed: a speech verb closing the sentence after an actor
      if (asserted == outlet) {
        int last = toks.size() - 1;
        while (last > 0 && !Character.isLetterOrDigit(toks.get(last).word().charAt(0))) last--;
        if (last > 0 && SPEECH.contains(lemma(toks.get(last))) && toks.get(last).isVerb() && last > v.index()) {
          List<ActorMention> by = actors.at(s.index(), last - 1);
          if (!by.isEmpty()) {
            asserted = by.get(0).actor();
            if (modality == Modality.HAPPENED && reportedBy(asserted, src.actor())) modality = Modality.REPORTED;
          }
        }
      }
      // words inside a quotation are asserted by its speaker
      Quote q = quoteAround(v);
      if (q != null && q.speaker() != null && asserted == outlet) {
        asserted = q.speaker().actor();
      }
      String date = dateOf(v);
      if (date != null && published != null && date.compareTo(published.substring(0, Math.min(10, published.length()))) > 0
          && (modality == Modality.HAPPENED || modality == Modality.REPORTED)) {
        modality = Modality.PLANNED;
      }
      if (date == null && published != null && published.length() >= 10
          && (modality == Modality.HAPPENED || modality == Modality.REPORTED) && !isPresentTense(v)) {
        date = published.substring(0, 10);
      }
      CameoCodebook.Code c = codebook.get(code);
      return new Event(src, tgt, code, code.substring(0, 2), c.name().isEmpty() ? null : c.name(), c.plover(),
          c.goldstein(), c.quadClass(), modality, asserted, deniedBy, date, placeOf(v), s.index(), s.text(), rule);
    }

    /**
     * Whether an act told by {@code asserter} is a reported account: the media always report; an actor
     * speaking of its own state's acts ("the defence ministry said its troops ...") does not.
     */
    private boolean reportedBy(Actor asserter, Actor source) {
      if ("MED".equals(asserter.role())) return true;
      return !asserter.equals(source) && !java.util.Objects.equals(asserter.country(), source.country());
    }

    private boolean isPresentTense(Token v) {
      return v.pos().equals("VBZ") || v.pos().equals("VBP");
    }

    private List<ActorMention> subjectsOf(Token h) {
      List<ActorMention> out = new ArrayList<>();
      for (int c : children.get(h.index())) {
        if (rel(toks.get(c)).equals("nsubj")) out.addAll(actorsOf(c));
      }
      if (out.isEmpty()) out.addAll(controller(h));
      return distinct(out);
    }

    private @Nullable Quote quoteAround(Token v) {
      for (Quote q : quotes) {
        if (q.start() <= v.begin() && v.end() <= q.end()) return q;
      }
      return null;
    }

    /** The date of a temporal expression attached to the verb (or to the verb it is coordinated with). */
    private @Nullable String dateOf(Token v) {
      String fallback = null;
      for (TimeExpression d : dates) {
        if (d.sentence() != s.index()) continue;
        int tok = tokenAt(d.end() - 1);
        if (tok < 0) continue;
        Token verb = governingPredicate(tok);
        if (verb == null) continue;
        if (verb.index() == v.index()) return d.value();
        if (rel(v).equals("conj") && v.head() == verb.index()) fallback = d.value();
      }
      return fallback;
    }

    private @Nullable Token governingPredicate(int tok) {
      int cur = toks.get(tok).head();
      int guard = 0;
      while (cur >= 0 && guard++ < 30) {
        Token t = toks.get(cur);
        if (t.isVerb() || lexicon.patterns(lemma(t)).size() > 0 && (t.head() < 0 || rel(t).equals("root"))) return t;
        cur = t.head();
      }
      return null;
    }

    private int tokenAt(int offset) {
      for (Token t : toks) {
        if (t.begin() <= offset && offset < t.end()) return t.index();
      }
      return -1;
    }

    private Event.@Nullable Place placeOf(Token v) {
      for (int c : children.get(v.index())) {
        Token ch = toks.get(c);
        if (rel(ch).startsWith("obl") && (hasCase(c, "in") || hasCase(c, "at") || hasCase(c, "near"))
            && ch.pos().startsWith("NNP")) {
          // a city, country or capital by name: the first token of the phrase that the gazetteer knows
          int from = c;
          for (int cc : children.get(c)) {
            String r = rel(toks.get(cc));
            if ((r.equals("compound") || r.equals("amod")) && cc < from) from = cc;
          }
          for (int k = from; k <= c; k++) {
            org.sitrep.actors.Gazetteer.Entry e = org.sitrep.actors.Gazetteer.standard().match(toks, k);
            if (e != null && e.kind() != org.sitrep.actors.Gazetteer.Kind.DEMONYM
                && e.kind() != org.sitrep.actors.Gazetteer.Kind.ORGANISATION) {
              String name = s.text().substring(toks.get(from).begin() - s.begin(), toks.get(c).end() - s.begin());
              return new Event.Place(name, e.country());
            }
          }
        }
      }
      for (int c : children.get(v.index())) {
        Token ch = toks.get(c);
        if (rel(ch).startsWith("obl") && (hasCase(c, "in") || hasCase(c, "at"))) {
          for (ActorMention m : actors.at(s.index(), c)) {
            if (m.rule().endsWith("metonym")) {
              int from = c;
              for (int cc : children.get(c)) {
                if (rel(toks.get(cc)).equals("amod") && cc < from) from = cc;
              }
              int b = toks.get(from).begin();
              int e = toks.get(c).end();
              String name = s.text().substring(b - s.begin(), e - s.begin());
              return new Event.Place(name, m.actor().country());
            }
          }
        }
      }
      return null;
    }

    private static String bare(String mention) {
      String m = mention.toLowerCase(Locale.ROOT);
      return m.startsWith("the ") ? m.substring(4) : m;
    }

    /** One actor for de-duplication: a person by name, a group by country and role ("security forces" twice). */
    private static String who(Actor a) {
      return a.country() + "/" + (a.name() != null ? a.name() : a.role());
    }

    private void put(Map<String, Event> out, Event e) {
      // one fact per article; the same act on another stated date is another fact
      String day = published == null || published.length() < 10 ? "" : published.substring(0, 10);
      String when = e.date() == null || e.date().equals(day) ? "" : e.date();
      String key = who(e.source().actor()) + ">" + (e.target() == null ? "-" : who(e.target().actor()))
          + ":" + e.cameo() + "@" + when + "/" + e.modality();
      out.putIfAbsent(key, e);
    }

    /**
     * "..., a claim that both countries reject": the deniers of an allegation in the same sentence. They
     * are added to the alleged events' {@code deniedBy}, and each denial is coded (016) against the
     * accuser.
     */
    private void denials(Map<String, Event> out, List<Event> alleged) {
      if (alleged.isEmpty()) return;
      for (Token d : toks) {
        if (!DENYING.contains(lemma(d)) || !d.isVerb()) continue;
        boolean aboutClaim = d.head() >= 0 && CLAIM_NOUNS.contains(lemma(toks.get(d.head())));
        for (int c : children.get(d.index())) {
          if (CLAIM_NOUNS.contains(lemma(toks.get(c)))) aboutClaim = true;
        }
        // ", a claim (that) X rejects": whatever the parse, the words between the noun and the verb
        int claimAt = -1;
        for (int k = d.index() - 1; k >= Math.max(0, d.index() - 7); k--) {
          if (CLAIM_NOUNS.contains(lemma(toks.get(k)))) { claimAt = k; break; }
        }
        if (!aboutClaim && claimAt < 0) continue;
        for (Event e : alleged) {
          List<Actor> deniers = new ArrayList<>();
          for (int c : children.get(d.index())) {
            if (!rel(toks.get(c)).equals("nsubj")) continue;
            List<ActorMention> subj = distinct(actorsOf(c));
            if (!subj.isEmpty()) {
              subj.forEach(m -> deniers.add(m.actor()));
            } else if (isBoth(c)) {
              deniers.add(e.source().actor());
              if (e.target() != null) deniers.add(e.target().actor());
            }
          }
          if (deniers.isEmpty() && claimAt >= 0) {
            for (int k = claimAt + 1; k < d.index(); k++) {
              for (ActorMention m : actors.at(s.index(), k)) {
                if (m.actor().country() != null && !deniers.contains(m.actor())) deniers.add(m.actor());
              }
              String l = lemma(toks.get(k));
              if ((l.equals("both") || l.equals("two")) && deniers.isEmpty()) {
                deniers.add(e.source().actor());
                if (e.target() != null) deniers.add(e.target().actor());
              }
            }
          }
          if (deniers.isEmpty()) continue;
          Event updated = new Event(e.source(), e.target(), e.cameo(), e.root(), e.name(), e.plover(), e.goldstein(),
              e.quadClass(), e.modality(), e.assertedBy(), deniers, e.date(), e.place(), e.sentence(), e.evidence(),
              e.rule());
          out.replaceAll((k, x) -> x == e ? updated : x);
          // the accuser: who asserts an allegation, or the source of a criticism or accusation
          ActorMention accuser = null;
          if (e.modality() == Modality.ALLEGED) {
            for (ActorMention m : actors.inSentence(s.index())) {
              if (e.assertedBy() != null && m.actor().equals(e.assertedBy())) { accuser = m; break; }
            }
          } else {
            accuser = e.source();
          }
          if (accuser == null) continue;
          for (Actor a : deniers) {
            ActorMention denier = java.util.Objects.equals(e.source().actor().country(), a.country()) ? e.source()
                : e.target() != null && java.util.Objects.equals(e.target().actor().country(), a.country()) ? e.target()
                : null;
            if (denier == null || java.util.Objects.equals(denier.actor().country(), accuser.actor().country())) continue;
            Event deny = event(d, denier, accuser, "016", "deny+claim");
            if (deny != null) {
              String denierCountry = denier.actor().country();
              out.values().removeIf(x -> x.sentence() == s.index() && x.cameo().equals("016") && x.target() == null
                  && java.util.Objects.equals(x.source().actor().country(), denierCountry));
              put(out, new Event(deny.source(), deny.target(), deny.cameo(), deny.root(), deny.name(), deny.plover(),
                  deny.goldstein(), deny.quadClass(), Modality.HAPPENED, outlet, List.of(), deny.date() != null ? deny.date() : day(), null,
                  s.index(), s.text(), "deny+claim"));
            }
          }
        }
      }
    }

    private @Nullable String day() {
      return published == null || published.length() < 10 ? null : published.substring(0, 10);
    }

    private boolean isBoth(int node) {
      for (int c : children.get(node)) {
        String l = lemma(toks.get(c));
        if (l.equals("both") || l.equals("two")) return true;
      }
      return false;
    }
  }
}
