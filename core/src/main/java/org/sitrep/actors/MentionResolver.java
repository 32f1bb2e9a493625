package org.sitrep.actors;

import static org.sitrep.actors.ActorWords.*;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.actors.PhraseReader.Element;
import org.sitrep.actors.PhraseReader.Kind;

/**
 * What one phrase means: the place gives the country, the role word the role, the name the name; a place
 * alone stands for its government ("Pyongyang"); what the phrase leaves out comes from the document so far
 * (a surname or "Mr Putin" after "Vladimir Putin", "he" after a named person, "the police" after "Nigerian
 * police") and then from the {@link ActorMemory} of earlier documents. Add a rule for a new kind of phrase
 * here.
 */
final class MentionResolver {
  private final Gazetteer gazetteer;
  private final RoleLexicon roles;

  MentionResolver(Gazetteer gazetteer, RoleLexicon roles) {
    this.gazetteer = gazetteer;
    this.roles = roles;
  }

  @Nullable ActorMention mention(List<Element> els, @Nullable List<Element> appositive, Sentence s, String text,
      Map<String, Actor> people, Map<String, String> fullNames,
      Map<String, Actor> roleChain, ActorMemory memory, List<ActorMention> sofar) {
    List<Token> toks = s.tokens();
    String country = null;
    String role = null;
    String name = null;
    String rule;
    if (isPosting(els, toks)) {
      // "Ambassador to the European Union Gordon Sondland": the EU is where he is posted, not whom he
      // acts for; the name is the actor, placed later by the chain or the article's context
      int p = 0;
      while (els.get(p).kind() != Kind.PERSON) p++;
      els = els.subList(p, els.size());
      role = "GOV";
    }
    Element person = null;
    Element org = null;
    Element roleEl = null;
    Element place = null;
    Element demonym = null;
    Element city = null;
    for (Element e : els) {
      switch (e.kind()) {
        case CITY -> { if (city == null) city = e; }
        case PERSON -> person = e;
        case ORG -> {
          // a known organisation ("White House") outweighs an unknown one after it ("National Security Council")
          if (org == null || org.entry() == null) org = e;
        }
        case ROLE -> {
          if (roleEl == null || roleEl.role().code().equals("GOV")) roleEl = e;
        }
        case PLACE -> { if (place == null) place = e; }
        case DEMONYM -> { if (demonym == null) demonym = e; }
        default -> { }
      }
    }
    int from = els.get(0).from();
    int to = els.get(els.size() - 1).to();
    if (els.size() == 1 && els.get(0).kind() == Kind.PRONOUN) {
      Token t = toks.get(from);
      boolean group = GROUP_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
      Actor a = group ? Antecedents.lastGroup(sofar, s.index(), t.begin()) : Antecedents.lastPerson(sofar, s.index(), roles, text, t.begin());
      if (a == null) return null;
      return new ActorMention(t.word(), t.begin(), t.end(), s.index(), a, group ? "group pronoun" : "pronoun");
    }
    // the first place or demonym names the country: "Somali delegation in Nairobi" is Somalia's; a
    // city gives the country of the role or name it goes with ("Lagos police"), never an actor alone
    Element geo = place == null ? demonym : demonym == null ? place : place.from() < demonym.from() ? place : demonym;
    if (city != null && (geo == null || city.from() < geo.from())) {
      if (person == null && org == null && roleEl == null) return null;
      geo = city;
    }
    if (geo != null && (org == null || geo.from() < org.from())) {
      country = geo.entry().country();
    }
    if (roleEl != null) {
      role = roleEl.role().code();
      int k = roleEl.to();
      if (k + 1 < toks.size() && toks.get(k).word().equals("of")) {
        // "the president of the American Farm Bureau": the office is the organisation's; a known
        // organisation gives its role ("President of the Senate"), an unknown one none
        int o = toks.get(k + 1).pos().equals("DT") ? k + 2 : k + 1;
        if (o < toks.size() && toks.get(o).ner().equals("ORGANIZATION")) {
          Gazetteer.Entry known = gazetteer.match(toks, o);
          RoleLexicon.Role body = roles.match(toks, o); // "the Senate", "the Interior Ministry"
          role = known != null && known.role() != null ? known.role() : body != null ? body.code() : null;
        }
      }
    }
    if (org != null && org.entry() == null && country == null && person == null) {
      country = placeWithin(org, toks); // "the Federal Reserve Bank of New York"
    }
    if (org != null) {
      if (org.entry() != null) {
        if (country == null || org.entry().country() != null && isGroupCode(org.entry().country())) {
          country = org.entry().country() != null ? org.entry().country() : country;
        }
        if (person == null && (role == null || org.to() > roleEl.to())) {
          role = org.entry().role();
          name = org.entry().name();
        } else if (role == null) {
          role = org.entry().role();
        }
      } else if (person == null) {
        name = span(toks, org.from(), org.to());
        if (country == null && role == null) {
          // "SoftBank" after "SoftBank Group Corp": the company this document named in full, not another remembered one
          Actor known = memory.recall(fullNames.getOrDefault(name.toLowerCase(Locale.ROOT), name));
          int b = toks.get(from).begin();
          int e = toks.get(to - 1).end();
          // an organisation the lexicons do not know ("WeWork", "the Sabres"): a named actor of no known
          // country or role yet; the article-level pass places it as it places a named person
          for (String shortName : ActorIdentity.shortCompanyNames(name)) fullNames.putIfAbsent(shortName.toLowerCase(Locale.ROOT), name);
          if (known == null) return new ActorMention(text.substring(b, e), b, e, s.index(), new Actor(name, null, null),
              "organisation name");
          return new ActorMention(text.substring(b, e), b, e, s.index(), known, "memory");
        }
      }
    }
    if (person != null && roleEl != null && country != null && org != null && org.entry() != null
        && country.equals(org.entry().country()) && isGroupCode(country)
        && (roleEl.role().words().contains("ambassador") || roleEl.role().words().contains("envoy"))) {
      country = null; // "EU ambassador Gordon Sondland": posted to the group, acting for his own state
    }
    if (person != null && appositive != null && els.get(els.size() - 1) == person) {
      for (Element e : appositive) {
        if (e.kind() == Kind.ROLE && (role == null || role.equals("GOV"))) role = e.role().code();
        if (country == null && (e.kind() == Kind.PLACE || e.kind() == Kind.DEMONYM)) country = e.entry().country();
        if (country == null && e.kind() == Kind.ORG && e.entry() != null) country = e.entry().country();
      }
    }
    if (person != null) {
      name = span(toks, person.from(), person.to());
      if (name.contains(" ")) fullNames.putIfAbsent(surname(name).toLowerCase(Locale.ROOT), name);
      rule = role != null || country != null ? "title" : "name";
      if (country == null || role == null) {
        Actor known = people.get(name.toLowerCase(Locale.ROOT));
        if (known != null && known.name() != null && !known.name().equals(name)) {
          rule = "name chain";
        }
        if (known == null) {
          known = people.get(surname(name).toLowerCase(Locale.ROOT));
          if (known != null) rule = "name chain";
        }
        if (known == null) {
          // a bare surname is the person this document named in full ("Tim Morrison"), not another
          // remembered person of that surname
          String full = name.contains(" ") ? name : fullNames.getOrDefault(name.toLowerCase(Locale.ROOT), name);
          known = memory.recall(full);
          if (known != null) rule = "memory";
        }
        if (known != null) {
          if (country == null) country = known.country();
          if (role == null) role = known.role();
          if (known.name() != null && (known.name().length() > name.length() && rule.equals("name chain")
              || rule.equals("memory"))) {
            name = known.name();
          }
        } else if (country != null) {
          role = "CVL"; // a private person the text gives a nationality
        }
      }
      Actor a = new Actor(name, country, role);
      if (country != null) {
        people.put(name.toLowerCase(Locale.ROOT), a);
        people.put(surname(name).toLowerCase(Locale.ROOT), a);
      }
    } else if (org != null && org.entry() != null) {
      rule = "organisation";
    } else if (roleEl != null) {
      rule = country != null ? "role" : "role only";
      Actor leader = country == null ? leaderBefore(toks, roleEl, memory) : null;
      if (leader != null) { // "the Trump administration" with "Trump" tagged a place: the leader's government
        country = leader.country();
        rule = "role of a leader";
      }
      if (country == null) {
        Actor prev = roleChain.get(roleWords(roleEl));
        if (prev != null && !indefinite(toks, roleEl.from())) { // "a second man", "two men": someone new
          country = prev.country();
          rule = "role chain";
        }
      }
    } else if (org != null && org.entry() == null && country != null) {
      // "the American Farm Bureau", "the Federal Reserve Bank of New York": a body of that country,
      // not its government; role unknown
      rule = "organisation";
    } else if (place != null) {
      int noun = PhraseReader.nounAfterAdjectives(toks, to);
      boolean modifies = noun == to || noun == to + 1 && !TIME_ADJECTIVES.contains(toks.get(to).word().toLowerCase(Locale.ROOT));
      if (noun >= 0 && modifies) {
        // a country named before a noun ("the US proposal", "the US congressional delegation") is no actor
        // itself, but the thing is that country's, as with a demonym ("the American proposal"); a city is not
        // ("Minsk last week" is the city, then a time)
        if (place.entry().kind() != Gazetteer.Kind.COUNTRY || noun + 1 < toks.size() && toks.get(noun + 1).isNoun()) {
          if (noun == to) return null;
        } else {
          int b = toks.get(from).begin();
          int e = toks.get(noun).end();
          return new ActorMention(text.substring(b, e), b, e, s.index(), new Actor(null, country, null), "place modifier");
        }
      }
      role = "GOV";
      rule = place.entry().kind() == Gazetteer.Kind.CAPITAL ? "capital metonym" : "country metonym";
      name = null;
    } else if (demonym != null) {
      // "Russians" (a plural noun) are people; "Russian" before a noun is an adjective, not an actor
      Token last = toks.get(demonym.to() - 1);
      boolean nounUse = last.pos().startsWith("NNPS") || last.pos().equals("NNS")
          || demonym.entry().name().endsWith("s") && !demonym.entry().name().endsWith("ss");
      boolean theNation = from > 0 && toks.get(from - 1).word().equalsIgnoreCase("the")
          && (to >= toks.size() || !toks.get(to).isNoun() && !toks.get(to).pos().startsWith("JJ"));
      Actor named = singularNational(toks, from, to, demonym) ? Antecedents.lastPerson(sofar, s.index(), roles) : null;
      if (named != null && named.name() != null && (named.country() == null || named.country().equals(country))) {
        // "the 48-year-old Australian", "the Australian national": the person last named, of that nationality
        int b = toks.get(from).begin();
        int e = toks.get(to - 1).end();
        return new ActorMention(text.substring(b, e), b, e, s.index(),
            new Actor(named.name(), country, named.role() != null ? named.role() : "CVL"), "demonym person");
      }
      if (theNation) {
        role = "GOV"; // "the Chinese balked": the nation, acting as a state
        rule = "demonym nation";
      } else if (nounUse) {
        role = "CVL";
        rule = "demonym";
      } else if (PhraseReader.nounAfterAdjectives(toks, to) >= 0) {
        // "a Ukrainian port", "Iranian nuclear sites": the thing belongs to that country; no role
        int end = PhraseReader.nounAfterAdjectives(toks, to);
        while (end + 1 < toks.size() && toks.get(end + 1).isNoun() && !toks.get(end + 1).pos().startsWith("NNP")) end++;
        int b = toks.get(from).begin();
        int e = toks.get(end).end();
        return new ActorMention(text.substring(b, e), b, e, s.index(), new Actor(null, country, null), "demonym modifier");
      } else {
        return null;
      }
    } else {
      return null;
    }
    if (country == null && role == null && !(person != null && rule.equals("name"))) {
      return null; // a bare name stays, unplaced: the article-level pass may place it
    }
    // a trailing possessive is not part of the mention
    int b = toks.get(from).begin();
    int e = toks.get(to - 1).end();
    Actor actor = new Actor(name, country, role);
    if (name != null && person == null) {
      for (String shortName : ActorIdentity.shortCompanyNames(name)) fullNames.putIfAbsent(shortName.toLowerCase(Locale.ROOT), name);
    }
    if (roleEl != null && country != null && person == null) {
      roleChain.put(roleWords(roleEl), actor);
    }
    return new ActorMention(text.substring(b, e), b, e, s.index(), actor, rule);
  }

  /**
   * Whether a demonym names one person of that nation, back in the text: "the Australian", "the 48-year-old
   * Australian", "the Australian national" — a singular form ("Australian", "Iraqi", "New Zealander"; not
   * "the Chinese", "the British", which name the nation) after "the" and perhaps an age or adjective.
   */
  private static boolean singularNational(List<Token> toks, int from, int to, Element demonym) {
    String w = toks.get(demonym.to() - 1).word();
    if (!(w.endsWith("an") || w.endsWith("i") || w.endsWith("er")) || toks.get(demonym.to() - 1).pos().endsWith("S")) {
      return false;
    }
    if (to < toks.size() && toks.get(to).isNoun() && !toks.get(to).word().equalsIgnoreCase("national")) return false;
    int k = from - 1;
    while (k >= 0 && (toks.get(k).pos().startsWith("JJ") || toks.get(k).pos().equals("CD") || toks.get(k).word().equals("-"))) k--;
    return k >= 0 && toks.get(k).word().equalsIgnoreCase("the") && k < from;
  }

  /**
   * Whether the run is the posting of an envoy before his name: "(ambassador|envoy) to [the] PLACE NAME".
   * The words before the run are read, as the title is not part of it.
   */
  boolean isPosting(List<Element> els, List<Token> toks) {
    if (els.size() < 2 || els.get(0).kind() == Kind.PERSON || els.stream().noneMatch(e -> e.kind() == Kind.PERSON)) {
      return false;
    }
    int k = els.get(0).from() - 1;
    if (k >= 0 && toks.get(k).word().equalsIgnoreCase("the")) k--;
    if (k < 1 || !toks.get(k).word().equalsIgnoreCase("to")) return false;
    String title = toks.get(k - 1).lemma().toLowerCase(Locale.ROOT);
    return POSTED.contains(title);
  }

  /** The country of a place named within an organisation's name ("Federal Reserve Bank of New York"). */
  @Nullable String placeWithin(Element org, List<Token> toks) {
    for (int k = org.from(); k < org.to(); k++) {
      Gazetteer.Entry e = gazetteer.match(toks, k);
      if (e != null && e.country() != null && e.kind() != Gazetteer.Kind.ORGANISATION && !isGroupCode(e.country())) {
        return e.country();
      }
    }
    return null;
  }

  /** Bodies a leader's name before them makes that leader's country's: "the Trump administration", "the Modi government". */
  private static final java.util.Set<String> LED_BODIES = java.util.Set.of("administration", "government", "cabinet", "regime");

  /** The remembered person named by the proper noun right before a led body ("the Trump administration"), or null. */
  private static @Nullable Actor leaderBefore(List<Token> toks, Element roleEl, ActorMemory memory) {
    int k = roleEl.from() - 1;
    if (k < 0 || roleEl.to() - roleEl.from() != 1 || !toks.get(k).pos().startsWith("NNP")
        || !LED_BODIES.contains(toks.get(roleEl.from()).word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    Actor a = memory.recall(toks.get(k).word());
    return a != null && a.name() != null && a.country() != null ? a : null;
  }

  /** Whether the noun phrase ending in the role word at {@code from} opens with "a", "an", "another" or a number. */
  static boolean indefinite(List<Token> toks, int from) {
    int k = from - 1;
    while (k >= 0 && (toks.get(k).pos().startsWith("JJ") || toks.get(k).pos().equals("RB"))) k--;
    if (k < 0) return false;
    String w = toks.get(k).word().toLowerCase(Locale.ROOT);
    return toks.get(k).pos().equals("CD") || w.equals("a") || w.equals("an") || w.equals("another");
  }

  static String roleWords(Element roleEl) {
    return String.join(" ", roleEl.role().words());
  }

  /** Adjectives of time after a place name: "Minsk last week" is a place, then when. */
  private static final java.util.Set<String> TIME_ADJECTIVES = java.util.Set.of("last", "next", "this", "past", "coming", "early", "late");

  static boolean isGroupCode(String code) {
    return code.length() == 3 && !Character.isLowerCase(code.charAt(0)) && GroupCodes.isGroup(code);
  }

  static String span(List<Token> toks, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) sb.append(' ');
      sb.append(toks.get(i).word());
    }
    return sb.toString().replace(" 's", "'s");
  }

  static String surname(String name) {
    int sp = name.lastIndexOf(' ');
    return sp < 0 ? name : name.substring(sp + 1);
  }
}
