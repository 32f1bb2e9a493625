package org.sitrep.actors;

import static org.sitrep.actors.ActorWords.*;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Token;

/**
 * Cuts a sentence into mention phrases. A phrase is a run of <em>elements</em> — a place or demonym
 * ("South Korea's", "Russian"), an organisation ("the Kremlin"), a role word or title ("vice foreign
 * minister"), a person's name ("Kim Hong-kyun"), an honorific, a modifier ("senior"), a possessive, "and",
 * a comma, a pronoun; "and" splits a run into conjuncts that share a trailing role ("American and South
 * Korean officials"); a run followed by a comma and a description is an appositive. Add a new kind of
 * element here; what a phrase means is {@link MentionResolver}'s.
 */
final class PhraseReader {

  enum Kind { PLACE, CITY, DEMONYM, ORG, ROLE, PERSON, HONORIFIC, MOD, POSS, CONJ, COMMA, PRONOUN }

  record Element(Kind kind, int from, int to, Gazetteer.@Nullable Entry entry, RoleLexicon.@Nullable Role role) {}

  private final Gazetteer gazetteer;
  private final RoleLexicon roles;

  PhraseReader(Gazetteer gazetteer, RoleLexicon roles) {
    this.gazetteer = gazetteer;
    this.roles = roles;
  }

  /** Endings of a hyphenated word that make the place before them its country ({@code place-suffixes.txt}). */
  private static final java.util.Set<String> PLACE_SUFFIXES =
      java.util.Set.copyOf(org.sitrep.internal.Lexicon.lines(ActorResolver.class, "place-suffixes.txt"));

  /**
   * "Australian-born Assange", "a Greek-owned tanker", "a Dubai-based firm": a place written as one hyphenated
   * word with such an ending is the country of the person or thing it describes, read as a demonym.
   */
  private Gazetteer.@Nullable Entry hyphenatedPlace(Token t) {
    String w = t.word();
    int dash = w.lastIndexOf('-');
    if (dash < 2 || !Character.isUpperCase(w.charAt(0))
        || !PLACE_SUFFIXES.contains(w.substring(dash + 1).toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    String place = w.substring(0, dash);
    Token alone = new Token(0, place, place, "JJ", "O", t.begin(), t.begin() + place.length(), -1, null);
    Gazetteer.Entry e = gazetteer.match(List.of(alone), 0);
    if (e == null) { // a city is looked up as a proper name ("Dubai-based")
      e = gazetteer.match(List.of(new Token(0, place, place, "NNP", "LOCATION", t.begin(), t.begin() + place.length(), -1, null)), 0);
    }
    if (e == null || e.words().size() != 1 || e.country() == null || e.kind() == Gazetteer.Kind.ORGANISATION) {
      return null;
    }
    return new Gazetteer.Entry(List.of(w.toLowerCase(java.util.Locale.ROOT)), Gazetteer.Kind.DEMONYM, e.country(), e.role(), e.name());
  }

  List<Element> elements(List<Token> tokens) {
    return elements(tokens, Map.of());
  }

  /**
   * The sentence's elements; {@code fullNames} (surname to the full name the document gave earlier) lets a
   * surname the tagger misses, or takes for a role word, be the person again ("American Kevin King …", then "King
   * and Weeks were abducted").
   */
  List<Element> elements(List<Token> tokens, Map<String, String> fullNames) {
    List<Element> out = new ArrayList<>();
    int n = tokens.size();
    for (int i = 0; i < n; ) {
      Token t = tokens.get(i);
      String w = Gazetteer.norm(t.word());
      boolean personNer = t.ner().equals("PERSON");
      Gazetteer.Entry e = personNer && (i + 1 < n && tokens.get(i + 1).ner().equals("PERSON")
          || i > 0 && tokens.get(i - 1).ner().equals("PERSON")) ? null : gazetteer.match(tokens, i);
      if (e == null) e = hyphenatedPlace(t);
      if (e == null && !personNer && isSurnameAgain(tokens, i, fullNames)) {
        out.add(new Element(Kind.PERSON, i, i + 1, null, null));
        i++;
        continue;
      }
      if (e != null && !(e.kind() == Gazetteer.Kind.DEMONYM && !Character.isUpperCase(t.word().charAt(0)))) {
        Kind k = switch (e.kind()) {
          case COUNTRY, CAPITAL -> Kind.PLACE;
          case CITY -> Kind.CITY;
          case DEMONYM -> Kind.DEMONYM;
          case ORGANISATION -> Kind.ORG;
        };
        out.add(new Element(k, i, i + e.words().size(), e, null));
        i += e.words().size();
        continue;
      }
      if (HONORIFICS.contains(w) && i + 1 < n && tokens.get(i + 1).pos().startsWith("NNP")) {
        int j = i + 1;
        while (j < n && (tokens.get(j).pos().startsWith("NNP") || tokens.get(j).ner().equals("PERSON"))
            && gazetteer.match(tokens, j) == null) {
          j++;
        }
        out.add(new Element(Kind.HONORIFIC, i, i + 1, null, null));
        if (j > i + 1) {
          out.add(new Element(Kind.PERSON, i + 1, j, null, null));
        }
        i = Math.max(j, i + 1);
        continue;
      }
      if (personNer) {
        int j = i + 1;
        while (j < n && tokens.get(j).ner().equals("PERSON")) {
          j++;
        }
        if (j == i + 1 && j < n && isNameTail(tokens, j)) {
          j++; // "Liu He": the tagger takes the second name for the pronoun and leaves it untagged
        }
        out.add(new Element(Kind.PERSON, i, j, null, null));
        i = j;
        continue;
      }
      RoleLexicon.Role r = roles.match(tokens, i);
      if (r != null && r.words().size() == 1 && t.pos().startsWith("VB")) {
        r = null; // a role is a noun: "suspected militants", "the detained man"
      }
      if (r != null && r.words().size() == 1 && t.pos().startsWith("JJ") && i + 1 < n && tokens.get(i + 1).isNoun()
          && roles.match(tokens, i + 1) == null) {
        if (GROUP_NOUNS.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT))) {
          // "a paramilitary group", "militant groups": a body of that role
          out.add(new Element(Kind.ROLE, i, i + 2, null, r));
          i += 2;
          continue;
        }
        r = null; // an adjective before another noun: "military matters"
      }
      if (r != null && !(t.pos().startsWith("NNP") && r.words().size() == 1 && i > 0
          && tokens.get(i - 1).pos().startsWith("NNP") && tokens.get(i - 1).ner().equals("ORGANIZATION"))) {
        out.add(new Element(Kind.ROLE, i, i + r.words().size(), null, r));
        i += r.words().size();
        continue;
      }
      if (t.ner().equals("ORGANIZATION")) {
        int j = i + 1;
        while (j < n && tokens.get(j).ner().equals("ORGANIZATION")) {
          j++;
        }
        out.add(new Element(Kind.ORG, i, j, null, null));
        i = j;
        continue;
      }
      if ((w.equals("in") || w.equals("of") || w.equals("from")) && !out.isEmpty()
          && out.get(out.size() - 1).kind() == Kind.ROLE && out.get(out.size() - 1).to() == i && placeAt(tokens, i + 1)
          && !(w.equals("in") && ActorWords.isPostedWord(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)))) {
        // (not "the embassy in Damascus": where a mission sits is not whose it is)
        out.add(new Element(Kind.POSS, i, i + 1, null, null)); // "prosecutors in Sweden", "the president of France"
      } else if (w.equals("the") && !out.isEmpty() && out.get(out.size() - 1).kind() == Kind.POSS
          && out.get(out.size() - 1).to() == i && placeAt(tokens, i + 1)) {
        out.add(new Element(Kind.MOD, i, i + 1, null, null));
      } else if ((PERSON_PRONOUNS.contains(w.toLowerCase(Locale.ROOT)) || GROUP_PRONOUNS.contains(w.toLowerCase(Locale.ROOT)))
          && t.pos().startsWith("PRP")) {
        out.add(new Element(Kind.PRONOUN, i, i + 1, null, null));
      } else if (w.equals("'s") || w.equals("'")) {
        out.add(new Element(Kind.POSS, i, i + 1, null, null));
      } else if (w.equals("and")) {
        out.add(new Element(Kind.CONJ, i, i + 1, null, null));
      } else if (w.equals(",")) {
        out.add(new Element(Kind.COMMA, i, i + 1, null, null));
      } else if (MODIFIERS.contains(w.toLowerCase(Locale.ROOT))) {
        out.add(new Element(Kind.MOD, i, i + 1, null, null));
      } else if (!out.isEmpty() && (out.get(out.size() - 1).kind() == Kind.POSS || out.get(out.size() - 1).kind() == Kind.MOD)
          && out.get(out.size() - 1).to() == i) {
        // "China's top trade negotiator": descriptive words between a possessive and the title it qualifies
        int role = roleAfterDescription(tokens, i);
        if (role > i) {
          out.add(new Element(Kind.MOD, i, role, null, null));
          i = role;
          continue;
        }
      }
      i++;
    }
    return out;
  }

  /** Where a title starts after at most three descriptive words from {@code i} ("trade", "chief nuclear"), or -1. */
  int roleAfterDescription(List<Token> tokens, int i) {
    for (int j = i; j < Math.min(tokens.size(), i + 3); j++) {
      Token t = tokens.get(j);
      boolean descriptive = t.pos().startsWith("JJ") || t.pos().equals("NN") || t.pos().equals("VBN");
      if (!descriptive) return -1;
      if (j + 1 < tokens.size() && roles.match(tokens, j + 1) != null) return j + 1;
    }
    return -1;
  }

  /**
   * A capitalised word standing alone that is the surname of a full name the document gave before ("King", after
   * "Kevin King"), in the name's own spelling, not a month or a day, and not the first word of a longer name.
   */
  private static boolean isSurnameAgain(List<Token> tokens, int i, Map<String, String> fullNames) {
    if (fullNames.isEmpty()) return false;
    Token t = tokens.get(i);
    String w = t.word();
    String full = fullNames.get(w.toLowerCase(Locale.ROOT));
    if (full == null || w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !full.endsWith(" " + w)) return false;
    if (!t.pos().startsWith("NN") || MONTHS_AND_DAYS.contains(w.toUpperCase(Locale.ROOT))) return false;
    return i + 1 >= tokens.size() || !tokens.get(i + 1).pos().startsWith("NNP");
  }

  /** "May", "June", "Friday": names the calendar has, never a surname here. */
  private static final Set<String> MONTHS_AND_DAYS = Stream.concat(
      Arrays.stream(Month.values()).map(Enum::name), Arrays.stream(DayOfWeek.values()).map(Enum::name))
      .collect(Collectors.toUnmodifiableSet());

  /** A capitalised proper noun the tagger left outside a one-word name: its second part. */
  boolean isNameTail(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    String w = t.word();
    return t.pos().equals("NNP") && t.ner().equals("O") && w.length() > 1 && w.length() <= 12
        && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase)
        && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))
        && gazetteer.match(tokens, j) == null && roles.match(tokens, j) == null;
  }

  /** Whether a country or capital name starts at token {@code i} (after an optional "the"). */
  boolean placeAt(List<Token> tokens, int i) {
    if (i < tokens.size() && tokens.get(i).word().equals("the")) i++;
    if (i >= tokens.size()) return false;
    Gazetteer.Entry e = gazetteer.match(tokens, i);
    return e != null && (e.kind() == Gazetteer.Kind.COUNTRY || e.kind() == Gazetteer.Kind.CAPITAL
        || e.kind() == Gazetteer.Kind.CITY);
  }

  /** Maximal runs of adjacent elements that form one phrase (connectors trimmed from the ends). */
  static List<List<Element>> runs(List<Element> elements, List<Token> tokens) {
    List<List<Element>> out = new ArrayList<>();
    List<Element> cur = new ArrayList<>();
    int lastEnd = -1;
    for (Element e : elements) {
      boolean described = !cur.isEmpty() && cur.get(cur.size() - 1).kind() == Kind.DEMONYM
          && e.kind() == Kind.PERSON && commonNouns(tokens, lastEnd, e.from());
      if (!described && (e.from() != lastEnd || e.kind() == Kind.PRONOUN
          || !cur.isEmpty() && cur.get(cur.size() - 1).kind() == Kind.PRONOUN)) {
        flush(cur, out);
        cur = new ArrayList<>();
      }
      cur.add(e);
      lastEnd = e.to();
    }
    flush(cur, out);
    return out;
  }

  /**
   * Whether tokens {@code from..to} are one or two lower-case common nouns: the description between a
   * demonym and a name ("the Ugandan singer Joseph Kato", "British actor Hugh Grant"), which makes the
   * person that nationality, as a role word between them does.
   */
  static boolean commonNouns(List<Token> tokens, int from, int to) {
    if (from < 0 || to - from < 1 || to - from > 2) return false;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!(t.pos().equals("NN") || t.pos().equals("NNS")) || !Character.isLowerCase(t.word().charAt(0))) return false;
    }
    return true;
  }

  static void flush(List<Element> run, List<List<Element>> out) {
    int a = 0;
    int b = run.size();
    while (a < b && isConnector(run.get(a).kind())) a++;
    while (b > a && isConnector(run.get(b - 1).kind())) b--;
    if (a < b) {
      out.add(new ArrayList<>(run.subList(a, b)));
    }
  }

  static boolean isConnector(Kind k) {
    return k == Kind.MOD || k == Kind.POSS || k == Kind.CONJ || k == Kind.COMMA || k == Kind.HONORIFIC;
  }

  /**
   * A run split at "and"/commas into conjuncts. A conjunct that is only a place or demonym takes the
   * role of the last conjunct ("American and South Korean officials"); the returned lists are the
   * elements of each conjunct, with the shared role appended.
   */
  private static boolean plural(List<Element> part, List<Token> toks) {
    return toks.get(part.get(part.size() - 1).to() - 1).pos().endsWith("S");
  }

  static List<List<Element>> conjuncts(List<Element> run, List<Token> toks) {
    List<List<Element>> parts = new ArrayList<>();
    List<Element> cur = new ArrayList<>();
    boolean afterComma = false;
    for (Element e : run) {
      if (e.kind() == Kind.CONJ || e.kind() == Kind.COMMA) {
        if (!cur.isEmpty()) {
          List<Element> prev = parts.isEmpty() ? null : parts.get(parts.size() - 1);
          if (afterComma && prev != null && prev.get(prev.size() - 1).kind() == Kind.PERSON && isTitleOnly(cur) && !plural(cur, toks)) {
            prev.addAll(cur); // "Kurt Volker, the former special envoy, ...": an appositive title, not another actor
          } else {
            parts.add(cur);
          }
        }
        cur = new ArrayList<>();
        afterComma = e.kind() == Kind.COMMA;
      } else {
        cur.add(e);
      }
    }
    if (!cur.isEmpty()) {
      List<Element> prev = parts.isEmpty() ? null : parts.get(parts.size() - 1);
      if (afterComma && prev != null && prev.get(prev.size() - 1).kind() == Kind.PERSON && isTitleOnly(cur) && !plural(cur, toks)) {
        prev.addAll(cur); // (not "Rep. Maria Lopez, federal prosecutors said": a plural is the next clause's subject)
      } else {
        parts.add(cur);
      }
    }
    if (parts.size() == 1) {
      return List.of(run);
    }
    List<Element> last = parts.get(parts.size() - 1);
    Element head = last.get(last.size() - 1);
    List<List<Element>> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      List<Element> p = parts.get(i);
      boolean bare = p.stream().allMatch(e -> e.kind() == Kind.DEMONYM || e.kind() == Kind.MOD);
      if (i < parts.size() - 1 && bare && head.kind() == Kind.ROLE) {
        List<Element> withHead = new ArrayList<>(p);
        withHead.add(head);
        out.add(withHead);
      } else {
        out.add(p);
      }
    }
    return out;
  }

  static boolean isTitleOnly(List<Element> part) {
    return part.stream().anyMatch(e -> e.kind() == Kind.ROLE)
        && part.stream().noneMatch(e -> e.kind() == Kind.PERSON || e.kind() == Kind.PRONOUN);
  }

  /**
   * "Liu He, China's top trade negotiator, ...": the run after a name, when only a comma and an
   * article separate them and it holds a role, describes that person.
   */
  static @Nullable List<Element> appositive(List<Element> run, List<Element> next, List<Token> toks) {
    Element last = run.get(run.size() - 1);
    if (last.kind() != Kind.PERSON) return null;
    int k = last.to();
    if (k >= toks.size() || !toks.get(k).word().equals(",")) return null;
    k++;
    // "…, the former special envoy": articles and modifiers before the title
    while (k < next.get(0).from() && (toks.get(k).pos().equals("DT") || toks.get(k).pos().startsWith("JJ")
        || MODIFIERS.contains(toks.get(k).word().toLowerCase(Locale.ROOT)))) {
      k++;
    }
    if (next.get(0).from() != k) return null;
    int end = next.get(next.size() - 1).to();
    int org = end + 1 < toks.size() && toks.get(end + 1).pos().equals("DT") ? end + 2 : end + 1;
    if (org < toks.size() && toks.get(end).word().equals("of") && toks.get(org).ner().equals("ORGANIZATION")) {
      return null; // "the president of the American Farm Bureau" holds no state office
    }
    // "Rep. Maria Lopez, federal prosecutors said": a plural is the next clause's subject, not her title
    if (toks.get(end - 1).pos().endsWith("S")) return null;
    return next.stream().anyMatch(e -> e.kind() == Kind.ROLE) ? next : null;
  }

  /** The first common noun at or after {@code i} past adjectives, or -1. */
  static int nounAfterAdjectives(List<Token> toks, int i) {
    while (i < toks.size() && toks.get(i).pos().startsWith("JJ")) i++;
    return i < toks.size() && toks.get(i).isNoun() && !toks.get(i).pos().startsWith("NNP") ? i : -1;
  }

  /** Whether the place at {@code from} follows "in" (perhaps with "northern", "the" between). */
  static boolean placePreposition(List<Token> toks, int from) {
    for (int k = from - 1; k >= 0 && k >= from - 3; k--) {
      String w = toks.get(k).word().toLowerCase(Locale.ROOT);
      if (w.equals("in")) return true;
      if (!toks.get(k).pos().equals("JJ") && !toks.get(k).pos().equals("DT")) return false;
    }
    return false;
  }
}
