package org.sitrep.coding;

import static org.sitrep.coding.DependencyTree.lemma;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.actors.ActorIdentity;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Modality;
import org.sitrep.model.Token;

/**
 * The verb patterns of {@code verbs.tsv} and {@code petrarch-verbs.tsv}: for each verb with a pattern whose
 * words are present, the source is its subject (the "by" phrase of a passive; the controlling subject or
 * object of a clause without one: "accused North Korea <em>of supplying</em>"), the target is found in the
 * slots the pattern names; coordinated actors give one event each; symmetric acts of coordinated subjects
 * ("A and B agreed") give A→B. The first pattern that finds its participants codes the verb; a pattern coded
 * {@code ---} makes the verb no event. Add a verb in {@code verbs.tsv}.
 */
final class VerbPatterns implements Construction {
  private final VerbLexicon lexicon;
  /** Verbs whose object is the one addressed: "…, telling lawmakers that …". */
  private static final java.util.Set<String> ADDRESSING = java.util.Set.of("tell", "inform", "assure", "warn", "urge", "brief");

  VerbPatterns(VerbLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void code(SentenceCoding sc) {
    for (Token v : sc.toks) {
      List<VerbLexicon.Pattern> patterns = lexicon.patterns(lemma(v));
      if (!patterns.isEmpty() && (v.isVerb() || v.pos().startsWith("JJ")
          || v.pos().equals("NN") && (sc.tree.isPredicate(v) || sc.tree.hasChild(v, "cop")))) { // "X is under investigation by Y"
        if (!sc.tree.negated(v)) {
          // the first pattern whose words are present and that finds its participants codes the verb
          for (VerbLexicon.Pattern p : matching(sc, v, patterns)) {
            if (p.code().equals(VerbLexicon.NO_EVENT) || codeVerb(sc, v, p, sc.alleged)) break;
          }
        }
      }
    }
  }

  private List<VerbLexicon.Pattern> matching(SentenceCoding sc, Token v, List<VerbLexicon.Pattern> patterns) {
    List<VerbLexicon.Pattern> out = new ArrayList<>();
    Set<String> words = null;
    for (VerbLexicon.Pattern p : patterns) {
      if (p.parts().isEmpty()) {
        out.add(p);
        continue;
      }
      if (words == null) words = sc.tree.dependentWords(v);
      if (p.wordsIn(words)) out.add(p);
    }
    return out;
  }

  /** Codes the verb with one pattern; false when the pattern finds no participants. */
  private boolean codeVerb(SentenceCoding sc, Token v, VerbLexicon.Pattern p, List<Event> alleged) {
    if (p.has("contest") && sc.tree.isContest()) return false; // "Russia beat Croatia 3-0"
    if (p.has("clause") && !hasClause(sc, v)) return false; // "wants Uganda to return": not "wants Crimea"
    Token host = sc.tree.gerundHost(v);
    if (host != null) {
      return codeGerund(sc, v, host, p, alleged);
    }
    boolean passive = false;
    List<ActorMention> sources = new ArrayList<>();
    List<ActorMention> targets = new ArrayList<>();
    for (int c : sc.children.get(v.index())) {
      Token ch = sc.toks.get(c);
      String r = sc.tree.rel(ch);
      if (r.equals("nsubj")) {
        sources.addAll(sc.parts.actorsOf(c));
      } else if (r.equals("nsubj:pass")) {
        passive = true;
        targets.addAll(sc.parts.actorsOf(c));
      }
    }
    for (int c : sc.children.get(v.index())) if (sc.tree.rel(sc.toks.get(c)).equals("aux:pass")) passive = true; // "of being extradited"
    if (passive) {
      sources.addAll(sc.parts.oblique(v.index(), "by"));
      if (sources.isEmpty() && p.has("srcfrom")) sources.addAll(sc.parts.oblique(v.index(), "from"));
      if (sources.isEmpty() && p.has("srcfrom")) {
        // "deported for illegally entering the United States", "deported from Arizona in the US": the
        // state the clause places them in is the one that sends them away
        sources.addAll(sc.parts.statesBelow(v.index(), 3));
      }
      if (targets.isEmpty()) targets.addAll(sc.parts.undergoer(v));
      if (sources.isEmpty() && p.enforcement() && !targets.isEmpty()) {
        // "he was arrested after the FBI traced the calls": the one police or judicial body acting in the sentence;
        // else ("two activists were arrested in Bangkok", "the Ohio man was sentenced to five years") the
        // authorities of the place or of the article's country (impliedAuthority)
        ActorMention authority = sc.parts.soleAuthority(targets);
        if (authority == null) authority = impliedAuthority(sc, v, p, targets);
        if (authority != null) sources.add(authority);
      }
    }
    boolean hasSubject = false;
    for (int c : sc.children.get(v.index())) {
      // a relative pronoun ("the United States, which accuses him") stands for the noun the clause hangs on
      if (sc.tree.rel(sc.toks.get(c)).startsWith("nsubj") && !sc.toks.get(c).pos().startsWith("W")) hasSubject = true;
    }
    if (sources.isEmpty() && !passive && !hasSubject) { // "the two sides agreed": a subject, but no actor
      sources.addAll(sc.parts.controller(v));
    }
    if (!passive) {
      for (String slot : p.slots()) {
        List<ActorMention> found = sc.parts.slot(v, slot, sc.parts.isMaterial(p.code()), namesSmallClause(sc, v, p));
        if (slot.equals("in") && !p.code().startsWith("04")) {
          // "pleaded guilty in Zagreb": a capital after "in" is where it happened, not who undergoes it
          // ("arrived in Tokyo" is a visit to the country)
          found = found.stream().filter(m -> !m.rule().startsWith("capital metonym")).toList();
        }
        targets.addAll(found);
        if (!targets.isEmpty()) break;
      }
      if (targets.isEmpty() && sc.parts.isMaterial(p.code())) targets.addAll(thingsPlace(sc, v));
      if (targets.isEmpty() && (FrameWords.INTENT.contains(p.lemma()) || FrameWords.REFUSAL.contains(p.lemma()))) {
        // "pledged to help the Philippines", "refused to release them": the intended or refused act's object is the target
        for (int c : sc.children.get(v.index())) {
          if (sc.tree.rel(sc.toks.get(c)).equals("xcomp")) {
            // the intended act's own slots first ("agreed to inject $6 billion into WeWork"), then the usual ones
            List<String> slots = new ArrayList<>();
            VerbLexicon.Pattern act = actPattern(sc, sc.toks.get(c));
            if (act != null) act.slots().stream().filter(x -> !x.equals("-") && !x.equals("clause")).forEach(slots::add);
            for (String x : List.of("obj", "with", "to", "between")) if (!slots.contains(x)) slots.add(x); // "mediate between A and B"
            for (String slot : slots) {
              // "agreed to respond to North Korea's provocations": whose provocations is not whom they agree with
              sc.parts.slot(sc.toks.get(c), slot).stream().filter(m -> !possessor(sc, m)).forEach(targets::add);
              if (!targets.isEmpty()) break;
            }
            if (targets.isEmpty()) targets.addAll(onOrAgainst(sc, c));
            if (targets.isEmpty()) { // "pledged to help the Philippines build ..."
              for (int cc : sc.children.get(c)) {
                String r = sc.tree.rel(sc.toks.get(cc));
                if (r.equals("ccomp") || r.equals("xcomp")) targets.addAll(sc.parts.subjectsOf(sc.toks.get(cc)));
              }
            }
          }
        }
      }
      // a pattern whose target is only in another phrase ("rule against") takes none from the verb it is coordinated
      // with: "sued the government, but the court ruled in favour of the state" rules against no one
      boolean sharesObject = p.slots().stream().anyMatch(x -> x.equals("obj") || x.equals("with") || x.equals("to") || x.equals("-"));
      if (targets.isEmpty() && sharesObject && sc.tree.rel(v).equals("conj") && v.head() >= 0) {
        for (String slot : List.of("obj", "with", "to")) {
          targets.addAll(sc.parts.slot(sc.toks.get(v.head()), slot));
          if (!targets.isEmpty()) break;
        }
      }
    }
    if (p.has("rev")) {
      List<ActorMention> t = sources;
      sources = targets;
      targets = t;
      if (sources.isEmpty() && p.enforcement() && !targets.isEmpty()) {
        // "Webb faces nine state charges": no authority named — the courts (impliedAuthority)
        ActorMention authority = impliedAuthority(sc, v, p, targets);
        if (authority != null) sources = List.of(authority);
      }
    }
    sources = sc.parts.distinct(sources);
    targets = sc.parts.distinct(targets);
    if (p.has("sym") && targets.isEmpty() && sources.size() >= 2) {
      targets = List.of(sources.get(1));
      sources = List.of(sources.get(0));
    }
    if (sources.isEmpty()) return false;
    if (targets.isEmpty() && p.code().startsWith("01") && !passive) {
      // "acknowledged the shortfall, telling lawmakers that ...": the statement was made to whom the
      // participle that carries it addresses
      for (int c : sc.children.get(v.index())) {
        Token t = sc.toks.get(c);
        String r = sc.tree.rel(t);
        if (t.pos().equals("VBG") && (r.equals("advcl") || r.equals("xcomp") || r.equals("dep")) && ADDRESSING.contains(lemma(t))) {
          targets.addAll(sc.parts.distinct(sc.parts.slot(t, "obj")));
        }
      }
    }
    if (targets.isEmpty() && p.code().startsWith("01") && !passive) targets.addAll(sc.parts.addressedIn(v));
    if (targets.isEmpty() && p.code().startsWith("01") && !p.has("rev") && sources.size() == 1
        && sources.get(0).actor().country() != null) {
      ActorMention own = sc.parts.circle(v, sources.get(0)); // "told friends and family": statements only
      if (own != null) targets = List.of(own);
    }
    if (targets.isEmpty() && !p.has("notarget")) return false;
    String code = (p.code().equals("030") || p.code().equals("130")) && FrameWords.INTENT.contains(p.lemma())
        ? intendedCode(sc, v, p) : p.code().equals("120") && FrameWords.REFUSAL.contains(p.lemma()) ? refusedCode(sc, v) : p.code();
    List<ActorMention> ts = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
    for (ActorMention src : sources) {
      for (ActorMention tgt : ts) {
        if (tgt != null && ActorIdentity.same(src, tgt)) continue;
        // "told reporters", "met reporters": the press carries the news, it is not a party to it
        if (tgt != null && (code.startsWith("01") || code.startsWith("04")) && sc.parts.isPress(tgt)) continue;
        Event e = sc.event(v, src, tgt, code, p.describe());
        if (e == null) continue;
        sc.put(e);
        if (e.modality() == Modality.ALLEGED || e.root().equals("11")) alleged.add(e);
      }
    }
    return true;
  }

  /** What a refusal to act is coded as, from the act it governs ({@code refusal-codes.tsv}): 120 when the act has no code. */
  private String refusedCode(SentenceCoding sc, Token v) {
    VerbLexicon.Pattern act = governedAct(sc, v);
    return act == null ? "120" : FrameWords.refusalCode(act.code());
  }

  /**
   * What an agreement, offer or pledge to act is coded as, from the act it governs: "offered to mediate"
   * is 039, "agreed to ease the restrictions" 0351 ({@code intent-codes.tsv}); 030 when the act has no code.
   */
  private String intendedCode(SentenceCoding sc, Token v, VerbLexicon.Pattern verb) {
    boolean threat = verb.code().startsWith("13");
    VerbLexicon.Pattern act = governedAct(sc, v);
    // "threatened to cut gas supplies" is a threat whatever the act; "agreed to impose sanctions" is no threat
    return act == null ? verb.code()
        : FrameWords.intentCode(act.code(), verb.code(), !threat, FrameWords.HOSTILE_INTENT.contains(verb.lemma()));
  }

  /** The pattern of the first act a frame verb governs in an xcomp clause that has one ("agreed to ease …"), or null. */
  private VerbLexicon.@org.jspecify.annotations.Nullable Pattern governedAct(SentenceCoding sc, Token v) {
    for (int c : sc.children.get(v.index())) {
      Token act = sc.toks.get(c);
      if (!sc.tree.rel(act).equals("xcomp")) continue;
      VerbLexicon.Pattern p = actPattern(sc, act);
      if (p != null) return p;
    }
    return null;
  }

  /** The first pattern of the act a verb of intent governs whose words are present, or null. */
  private VerbLexicon.@org.jspecify.annotations.Nullable Pattern actPattern(SentenceCoding sc, Token act) {
    for (VerbLexicon.Pattern p : matching(sc, act, lexicon.patterns(lemma(act)))) {
      if (p.code().equals(VerbLexicon.NO_EVENT)) return null;
      // the pattern that will code the act: the first that finds its target ("strike" 143 needs none and
      // has none to find; "strike Israeli bases" is 190)
      if (p.has("notarget") || p.has("sym") || p.slots().stream().anyMatch(slot -> !slot.equals("-") && !sc.parts.slot(act, slot).isEmpty())) return p;
    }
    return null;
  }

  /**
   * "threatened to impose a curfew on them", "vowed to retaliate against Iran": the party an intended
   * act is on or against, on the act itself or on its object ("impose tariffs on X"), not deeper inside
   * another phrase ("respond to provocations against X" is not against X).
   */
  private static List<ActorMention> onOrAgainst(SentenceCoding sc, int act) {
    List<ActorMention> out = new ArrayList<>();
    for (String prep : List.of("on", "against")) {
      out.addAll(sc.parts.oblique(act, prep));
      for (int c : sc.children.get(act)) {
        if (sc.tree.rel(sc.toks.get(c)).equals("obj")) out.addAll(sc.parts.oblique(c, prep));
      }
      if (!out.isEmpty()) break;
    }
    return out;
  }

  /**
   * "looted a market in El Fasher", "shelled a school in Idlib": a thing attacked or seized where a named
   * city lies stands for that city's country, when no owner is named.
   */
  private static List<ActorMention> thingsPlace(SentenceCoding sc, Token v) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : sc.children.get(v.index())) {
      Token obj = sc.toks.get(c);
      if (!sc.tree.rel(obj).equals("obj") || !obj.isNoun() || !sc.actors.at(sc.s.index(), c).isEmpty()) continue;
      Event.Place place = sc.placeUnder(c);
      if (place == null) place = sc.placeOf(v); // "shelled a water plant in Kherson", the place on the verb
      if (place != null && place.country() != null) {
        out.add(new ActorMention(obj.word(), obj.begin(), obj.end(), sc.s.index(),
            new org.sitrep.model.Actor(null, place.country(), null), "thing's place"));
      }
    }
    return out;
  }

  /**
   * The authority an act of police or courts implies when the sentence names none: that of the place the
   * sentence sets it in, else that of the one undergoing it when the article is about that country (not
   * "Assange faces a charge" in a story of four countries) and the country is not a nationality the phrase gives;
   * else none is guessed. Courts for the acts the lexicon flags {@code court} (charged, sentenced, convicted) and for
   * a charge faced, police for other arrests, the government for other coercion.
   */
  private static @org.jspecify.annotations.Nullable ActorMention impliedAuthority(SentenceCoding sc, Token v,
      VerbLexicon.Pattern p, List<ActorMention> targets) {
    Event.Place place = sc.placeOf(v);
    String leading = leadingCountry(sc);
    // a nationality is not where it happened: "three Iranian journalists were detained" may be in Turkey
    String country = place != null && place.country() != null ? place.country() : sc.parts.distinct(targets).stream()
        .filter(m -> !sc.namesNationality(m))
        .map(m -> m.actor().country()).filter(c -> c != null && c.equals(leading)).findFirst().orElse(null);
    if (country == null) return null;
    String role = p.has("court") || p.has("rev") ? "JUD" : p.code().startsWith("173") ? "COP" : "GOV";
    return new ActorMention(v.word(), v.begin(), v.end(), sc.s.index(), new org.sitrep.model.Actor(null, country, role),
        role.equals("JUD") ? "courts of the place" : "authorities of the place");
  }

  /** The country most of the article's actors belong to (IGOs and groups aside), or null. */
  private static @org.jspecify.annotations.Nullable String leadingCountry(SentenceCoding sc) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (ActorMention m : sc.actors.mentions()) {
      String c = m.actor().country();
      if (c != null && !org.sitrep.actors.Gazetteer.isKnownGroup(c)) counts.merge(c, 1, Integer::sum);
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    return counts.entrySet().stream().filter(e -> e.getValue() * 2 > total).map(java.util.Map.Entry::getKey).findFirst().orElse(null);
  }

  /** Whether the pattern names the word of the verb's small clause: "find+guilty" in "found the officer guilty". */
  private static boolean namesSmallClause(SentenceCoding sc, Token v, VerbLexicon.Pattern p) {
    for (int c : sc.children.get(v.index())) {
      Token x = sc.toks.get(c);
      if (sc.tree.rel(x).equals("xcomp") && p.parts().stream().anyMatch(part -> part.contains(lemma(x)))) return true;
    }
    return false;
  }

  /** Whether the verb governs a clause of what is wanted or asked: "wants the UK [to extradite him]". */
  private static boolean hasClause(SentenceCoding sc, Token v) {
    for (int c : sc.children.get(v.index())) {
      String r = sc.tree.rel(sc.toks.get(c));
      if (r.equals("xcomp") || r.equals("ccomp")) return true;
    }
    return false;
  }

  /** Whether the mention is only the possessor of the phrase's noun ("North Korea's" in "North Korea's provocations"). */
  private static boolean possessor(SentenceCoding sc, ActorMention m) {
    for (Token t : sc.toks) {
      if (t.begin() >= m.start() && t.end() <= m.end() && sc.tree.rel(t).equals("nmod:poss") && t.head() >= 0
          && sc.toks.get(t.head()).begin() >= m.end()) {
        return true;
      }
    }
    return false;
  }

  private boolean codeGerund(SentenceCoding sc, Token v, Token host, VerbLexicon.Pattern p, List<Event> alleged) {
    List<ActorMention> sources = new ArrayList<>();
    for (int c : sc.children.get(host.index())) {
      if (sc.tree.rel(sc.toks.get(c)).equals("obj")) sources.addAll(sc.parts.actorsOf(c));
    }
    // "a man was charged with assaulting ...": the one charged is the one said to have done it ("was
    // arrested and charged with making threats": the subject of the first verb)
    for (Token h = host; sources.isEmpty(); h = sc.toks.get(h.head())) {
      for (int c : sc.children.get(h.index())) {
        String r = sc.tree.rel(sc.toks.get(c));
        if (r.equals("nsubj") || r.equals("nsubj:pass")) sources.addAll(sc.parts.actorsOf(c));
      }
      if (!sc.tree.rel(h).equals("conj") || h.head() < 0) break;
    }
    List<ActorMention> targets = new ArrayList<>();
    for (String slot : p.slots()) {
      if (slot.equals("-")) continue;
      if (slot.equals("obj")) {
        targets.addAll(sc.parts.actorsOf(v.head())); // "of attacking [Ukraine's grid]": the noun is the object
        if (!targets.isEmpty()) break;
        continue;
      }
      targets.addAll(sc.parts.oblique(host.index(), slot));
      targets.addAll(sc.parts.nominal(v.head(), slot));
      if (!targets.isEmpty()) break;
    }
    if (p.has("rev")) {
      List<ActorMention> t = sources;
      sources = targets;
      targets = t;
    }
    boolean any = false;
    for (ActorMention src : sc.parts.distinct(sources)) {
      for (ActorMention tgt : sc.parts.distinct(targets)) {
        if (ActorIdentity.same(src, tgt)) continue;
        Event e = sc.event(v, src, tgt, p.code(), p.describe());
        if (e == null) continue;
        sc.put(e);
        any = true;
        if (e.modality() == Modality.ALLEGED) alleged.add(e);
      }
    }
    return any;
  }
}
