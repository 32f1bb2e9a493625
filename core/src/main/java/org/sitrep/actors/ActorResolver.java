package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sitrep.internal.Lexicon;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.AnalyzedArticle;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds the actors an article mentions and resolves each mention to an {@link Actor}: country (ISO
 * alpha-3 or CAMEO known group), CAMEO role and, for people and organisations, a canonical name.
 *
 * <p>The model: a mention is a run of <em>elements</em> — a place or demonym ("South Korea's",
 * "Russian"), an organisation ("the Kremlin", "Nato"), a role word or title ("vice foreign minister",
 * "officials"), a person's name ("Kim Hong-kyun", "Mr Peskov") — joined by possessives and modifiers
 * ("first", "senior"). The place gives the country, the role word the role, the name the name. "And"
 * between elements splits a run into conjuncts that share a trailing role ("American and South Korean
 * officials" is two mentions, USA GOV and KOR GOV). A place on its own is a metonym for its government
 * ("Pyongyang", "the US"). What the text does not say is taken from the document so far (a surname or
 * "Mr Putin" after "Vladimir Putin", "he" after a named person, "the police" after "Nigerian police"),
 * then from the {@link ActorMemory} of earlier documents.
 */
public final class ActorResolver {
  private static final Set<String> HONORIFICS = Set.copyOf(Lexicon.lines(ActorResolver.class, "honorifics.txt"));
  private static final Set<String> MODIFIERS = Set.copyOf(Lexicon.lines(ActorResolver.class, "role-modifiers.txt"));
  private static final Set<String> STATE_ROLES = Set.of("GOV", "JUD", "COP", "MIL", "LEG");
  /** Roles whose bearers belong where they act: the state's, and protesters. */
  private static final Set<String> LOCAL_ROLES =
      Stream.concat(STATE_ROLES.stream(), Stream.of("OPP")).collect(Collectors.toUnmodifiableSet());
  private static final Set<String> NON_STATE = Set.of("CVL", "OPP", "REF", "CRM", "REB", "EDU", "HLH", "BUS", "LAB");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them");
  /** Titles whose "to X" names the posting, not the holder's state: "ambassador to the EU". */
  private static final Set<String> POSTED = Set.of("ambassador", "envoy", "representative", "emissary");

  private final Gazetteer gazetteer;
  private final RoleLexicon roles;

  public ActorResolver(Gazetteer gazetteer, RoleLexicon roles) {
    this.gazetteer = gazetteer;
    this.roles = roles;
  }

  /** A resolver over the bundled data files. */
  public static ActorResolver standard() {
    return new ActorResolver(Gazetteer.standard(), RoleLexicon.standard());
  }

  private enum Kind { PLACE, CITY, DEMONYM, ORG, ROLE, PERSON, HONORIFIC, MOD, POSS, CONJ, COMMA, PRONOUN }

  private record Element(Kind kind, int from, int to, Gazetteer.@Nullable Entry entry, RoleLexicon.@Nullable Role role) {}

  /** Resolves every mention of the article; remembers named actors it establishes in {@code memory}. */
  public ResolvedActors resolve(AnalyzedArticle article, ActorMemory memory) {
    String text = article.article().text();
    List<ActorMention> all = new ArrayList<>();
    List<List<List<ActorMention>>> byToken = new ArrayList<>();
    Map<String, Actor> people = new HashMap<>(); // this document's people: full name and surname
    Map<String, String> fullNames = new HashMap<>(); // surname -> the full name this document first gave
    Map<String, Actor> roleChain = new HashMap<>(); // role code -> last actor with that role and a country
    Map<String, Integer> countryCounts = new HashMap<>();
    java.util.Set<String> distinctActors = new java.util.HashSet<>();
    List<ActorMention> pendingCountryless = new ArrayList<>();
    List<List<String>> cityCountries = new ArrayList<>(); // per sentence: the countries of the cities and regions named
    List<List<String>> settingCountries = new ArrayList<>(); // per sentence: those and the countries it is "in"
    List<ActorMention> lastStates = null; // the last states named together ("Japan, Canada and Mexico")
    for (Sentence s : article.sentences()) {
      List<List<ActorMention>> slots = new ArrayList<>();
      for (int i = 0; i < s.tokens().size(); i++) {
        slots.add(new ArrayList<>());
      }
      byToken.add(slots);
      List<Element> elements = elements(s.tokens());
      List<String> here = new ArrayList<>();
      for (Element e : elements) {
        if (e.kind() == Kind.CITY && e.entry() != null && e.entry().country() != null) here.add(e.entry().country());
      }
      cityCountries.add(here);
      // where the sentence's act happens: its cities and regions, and "in Berlin", "in northern Syria"
      List<String> setting = new ArrayList<>(here);
      for (Element e : elements) {
        if (e.kind() == Kind.PLACE && e.entry() != null && e.entry().country() != null && placePreposition(s.tokens(), e.from())) {
          setting.add(e.entry().country());
        }
      }
      settingCountries.add(setting);
      List<List<Element>> runs = runs(elements, s.tokens());
      for (int r = 0; r < runs.size(); r++) {
        List<Element> run = runs.get(r);
        List<Element> appositive = r + 1 < runs.size() ? appositive(run, runs.get(r + 1), s.tokens()) : null;
        List<List<Element>> parts = conjuncts(run);
        List<ActorMention> states = new ArrayList<>(); // "Japan, Canada and Mexico": states named together
        for (List<Element> conjunct : parts) {
          ActorMention m = mention(conjunct, appositive, s, text, people, fullNames, roleChain, memory, all);
          if (m == null && conjunct.size() == 1 && conjunct.get(0).kind() == Kind.PRONOUN) {
            // "they"/"them" with no single group before it: the states last named together, one mention each
            Token t = s.tokens().get(conjunct.get(0).from());
            if (GROUP_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT)) && lastStates != null
                && lastStates.get(0).sentence() >= s.index() - 1) {
              for (ActorMention st : lastStates) {
                ActorMention pm = new ActorMention(t.word(), t.begin(), t.end(), s.index(), st.actor(), "group pronoun");
                all.add(pm);
                slots.get(t.index()).add(pm);
              }
            }
            continue;
          }
          if (m == null) {
            continue;
          }
          if (parts.size() >= 2 && m.rule().contains("metonym")) states.add(m);
          all.add(m);
          if (m.actor().country() != null) {
            // each distinct actor counts once: a leader named twenty times does not make the article his country's
            if (!m.rule().equals("pronoun") && distinctActors.add(m.actor().country() + "|" + m.actor().role() + "|"
                + (m.actor().name() != null ? m.actor().name() : m.mention().toLowerCase(Locale.ROOT)))) {
              countryCounts.merge(m.actor().country(), 1, Integer::sum);
            }
          } else if (m.actor().role() != null) {
            pendingCountryless.add(m);
          }
          int last = 0;
          for (Element e : conjunct) {
            last = Math.max(last, e.to());
          }
          // every token from the first element to the last, the description in "Ugandan singer Joseph Kato" too
          for (int k = conjunct.get(0).from(); k < last; k++) {
            slots.get(k).add(m);
          }
          // a mention that reaches past its elements ("a Ukrainian port") covers those tokens too
          for (int k = last; k < s.tokens().size() && s.tokens().get(k).end() <= m.end(); k++) {
            slots.get(k).add(m);
          }
        }
        if (states.size() >= 2) lastStates = states;
      }
    }
    // Bare role groups with no country ("civilians") in a sentence that names one country only
    // belong to it; else, in an article dominated by one country, they act for that country.
    for (int i = 0; i < all.size(); i++) {
      ActorMention m = all.get(i);
      if (!pendingCountryless.contains(m) || m.actor().name() != null || !NON_STATE.contains(m.actor().role())) continue;
      java.util.Set<String> inSentence = new java.util.HashSet<>();
      for (ActorMention o : all) {
        if (o.sentence() == m.sentence() && o.start() < m.start() && o.actor().country() != null
            && !GroupCodes.isGroup(o.actor().country())) {
          inSentence.add(o.actor().country());
        }
      }
      if (inSentence.size() == 1) {
        String only = inSentence.iterator().next();
        ActorMention r = replace(all, i, byToken, new Actor(m.actor().name(), only, m.actor().role()), "+sentence country");
        pendingCountryless.set(pendingCountryless.indexOf(m), r);
      } else if (inSentence.isEmpty() && new java.util.HashSet<>(settingCountries.get(m.sentence())).size() == 1) {
        // "a man was arrested in Berlin": private people are where the sentence places the act
        String only = settingCountries.get(m.sentence()).get(0);
        ActorMention r = replace(all, i, byToken, new Actor(m.actor().name(), only, m.actor().role()), "+sentence place");
        pendingCountryless.set(pendingCountryless.indexOf(m), r);
      }
    }
    pendingCountryless.removeIf(m -> !all.contains(m) || m.rule().endsWith("sentence country")
        || m.rule().endsWith("sentence place"));
    // Bare role groups with no country ("the ministry said"), in an article dominated by one country,
    // act for that country.
    // A state role in a sentence that names cities or regions of one country only is that country's
    // ("caught by police in Arizona"), whatever country the article is about.
    for (int i = 0; i < all.size(); i++) {
      ActorMention m = all.get(i);
      if (!pendingCountryless.contains(m) || !STATE_ROLES.contains(m.actor().role())) continue;
      java.util.Set<String> places = new java.util.HashSet<>(cityCountries.get(m.sentence()));
      if (places.size() == 1) {
        ActorMention r = replace(all, i, byToken, new Actor(m.actor().name(), places.iterator().next(), m.actor().role()),
            "+sentence place");
        pendingCountryless.set(pendingCountryless.indexOf(m), r);
      }
    }
    pendingCountryless.removeIf(m -> m.rule().endsWith("sentence place"));
    String dominant = dominant(countryCounts);
    if (dominant != null && !pendingCountryless.isEmpty()) {
      for (int i = 0; i < all.size(); i++) {
        ActorMention m = all.get(i);
        if (pendingCountryless.contains(m)) {
          replace(all, i, byToken, new Actor(m.actor().name(), dominant, m.actor().role()), "+dominant country");
        }
      }
    }
    // One person, one actor: "Volker" later in the text is the "Kurt Volker, the former special
    // envoy" placed above (his country may have come only from the article-level pass).
    Map<String, Actor> placedPeople = new HashMap<>();
    for (ActorMention m : all) {
      if (m.actor().name() != null && m.actor().country() != null) {
        placedPeople.putIfAbsent(personKey(m.actor().name(), fullNames), m.actor());
      }
    }
    // Named people the text never places ("Vindman said") take the country their neighbourhood is
    // about: the placed actors of the sentences they appear in (counted twice) and the sentences
    // either side, over all their mentions, plus the article's balance of countries; only when one
    // country clearly leads.
    int total = countryCounts.entrySet().stream().filter(e -> !GroupCodes.isGroup(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    Map<String, List<ActorMention>> unplaced = new java.util.LinkedHashMap<>();
    for (ActorMention m : all) {
      if (m.actor().name() != null && m.actor().country() == null && m.actor().role() == null) {
        unplaced.computeIfAbsent(personKey(m.actor().name(), fullNames), k -> new ArrayList<>()).add(m);
      }
    }
    Map<String, Actor> resolvedPeople = new HashMap<>();
    for (Map.Entry<String, List<ActorMention>> e : unplaced.entrySet()) {
      Actor known = placedPeople.get(e.getKey());
      if (known != null) {
        resolvedPeople.put(e.getKey(), known);
        continue;
      }
      Actor employer = affiliation(e.getValue(), all, article);
      if (employer != null) {
        resolvedPeople.put(e.getKey(), new Actor(e.getKey(), employer.country(), employer.role()));
        continue;
      }
      String home = neighbourhoodCountry(e.getValue(), all, List.of(), countryCounts, total);
      if (home != null) {
        resolvedPeople.put(e.getKey(), new Actor(e.getKey(), home, null));
      }
    }
    for (int i = 0; i < all.size(); i++) {
      ActorMention m = all.get(i);
      if (m.actor().name() == null || m.actor().country() != null || m.actor().role() != null) continue;
      String key = personKey(m.actor().name(), fullNames);
      Actor a = resolvedPeople.get(key);
      if (a != null) {
        replace(all, i, byToken, a, placedPeople.containsKey(key) ? "+same person" : "+context country");
      }
    }
    // Bare state roles still unplaced ("a judge ruled", "police said") in an article no country
    // dominates take the country the places and institutions around them are in. People are left
    // out of the vote (a judge is not the defendant's compatriot); the cities and regions named
    // count (people travel, police do not). Protesters are placed the same way: people protest where
    // they live. Private roles ("the businessman") stay unplaced: a foreigner is as likely.
    List<ActorMention> institutions = all.stream().filter(o -> !isPerson(o)).toList();
    for (int i = 0; i < all.size(); i++) {
      ActorMention m = all.get(i);
      if (m.actor().name() != null || m.actor().country() != null || !LOCAL_ROLES.contains(m.actor().role())) continue;
      String home = neighbourhoodCountry(List.of(m), institutions, cityCountries, countryCounts, total);
      if (home != null) {
        replace(all, i, byToken, new Actor(null, home, m.actor().role()), "+context country");
      }
    }
    pairs(article, countryCounts, all, byToken);
    for (ActorMention m : all) {
      if (m.actor().name() != null && m.actor().country() != null && m.actor().role() != null
          && !m.rule().contains("memory")) {
        memory.remember(m.actor());
      }
    }
    all.removeIf(m -> m.actor().country() == null && m.actor().role() == null);
    for (List<List<ActorMention>> sentence : byToken) {
      for (List<ActorMention> slot : sentence) {
        slot.removeIf(m -> m.actor().country() == null && m.actor().role() == null);
      }
    }
    return new ResolvedActors(all, byToken);
  }

  /** Whether the place at {@code from} follows "in" (perhaps with "northern", "the" between). */
  private static boolean placePreposition(List<Token> toks, int from) {
    for (int k = from - 1; k >= 0 && k >= from - 3; k--) {
      String w = toks.get(k).word().toLowerCase(Locale.ROOT);
      if (w.equals("in")) return true;
      if (!toks.get(k).pos().equals("JJ") && !toks.get(k).pos().equals("DT")) return false;
    }
    return false;
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");
  private static final String QUOTED_FIRST_PERSON = "quoted first person";

  /**
   * The same mentions plus the speakers' first persons inside their quotations ("“I told them the
   * opposite,” Volker said": "I" is Volker; "we" of a spokesman is the state he speaks for).
   */
  public ResolvedActors withQuotedSpeakers(ResolvedActors actors, AnalyzedArticle article, List<Quote> quotes) {
    List<ActorMention> all = new ArrayList<>(actors.mentions());
    List<List<List<ActorMention>>> byToken = new ArrayList<>();
    boolean added = false;
    for (Sentence s : article.sentences()) {
      List<List<ActorMention>> slots = new ArrayList<>();
      for (Token t : s.tokens()) {
        List<ActorMention> slot = new ArrayList<>(actors.at(s.index(), t.index()));
        if (slot.isEmpty() && FIRST_PERSON.contains(t.word().toLowerCase(Locale.ROOT)) && t.pos().startsWith("PRP")) {
          for (Quote q : quotes) {
            if (q.speaker() != null && q.start() <= t.begin() && t.end() <= q.end()) {
              ActorMention m = new ActorMention(t.word(), t.begin(), t.end(), s.index(), q.speaker().actor(),
                  QUOTED_FIRST_PERSON);
              slot.add(m);
              all.add(m);
              added = true;
              break;
            }
          }
        }
        slots.add(slot);
      }
      byToken.add(slots);
    }
    if (!added) return actors;
    all.sort(java.util.Comparator.comparingInt(ActorMention::start));
    return new ResolvedActors(all, byToken);
  }

  private static final List<List<String>> PAIR_PHRASES = Lexicon.lines(ActorResolver.class, "pair-phrases.txt").stream()
      .map(l -> List.of(l.strip().split("\\s+"))).toList();

  /**
   * "The two sides", "both countries": the two states the article is about, when two countries
   * clearly lead it (each named by at least two distinct actors, the second half as often again as
   * any third). Each phrase becomes two mentions on the same words, as "Russia and China" would.
   */
  private static void pairs(AnalyzedArticle article, Map<String, Integer> counts, List<ActorMention> all,
      List<List<List<ActorMention>>> byToken) {
    List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream().filter(e -> !GroupCodes.isGroup(e.getKey()))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
    if (ranked.size() < 2 || ranked.get(1).getValue() < 2
        || ranked.size() > 2 && ranked.get(1).getValue() * 2 < ranked.get(2).getValue() * 3) {
      return;
    }
    String text = article.article().text();
    for (Sentence s : article.sentences()) {
      List<Token> toks = s.tokens();
      for (int i = 0; i < toks.size(); i++) {
        for (List<String> phrase : PAIR_PHRASES) {
          if (i + phrase.size() > toks.size()) continue;
          boolean match = true;
          for (int k = 0; k < phrase.size() && match; k++) {
            match = toks.get(i + k).word().equalsIgnoreCase(phrase.get(k));
          }
          if (!match || !byToken.get(s.index()).get(i + phrase.size() - 1).isEmpty()) continue;
          int start = toks.get(i).begin();
          int end = toks.get(i + phrase.size() - 1).end();
          for (int c = 0; c < 2; c++) {
            ActorMention m = new ActorMention(text.substring(start, end), start, end, s.index(),
                new Actor(null, ranked.get(c).getKey(), "GOV"), "the two sides");
            all.add(m);
            for (int k = i; k < i + phrase.size(); k++) {
              byToken.get(s.index()).get(k).add(m);
            }
          }
        }
      }
    }
    all.sort(java.util.Comparator.comparingInt(ActorMention::start));
  }

  private static final Set<String> AFFILIATION_PREPOSITIONS = Set.of("at", "of", "for", "with", "from");

  /**
   * "Philip Luther, Research and Advocacy Director for the Middle East and North Africa at Amnesty
   * International": the organisation closing a description set after a name (no verb between) is
   * whom the person works for.
   */
  private static @Nullable Actor affiliation(List<ActorMention> mentions, List<ActorMention> all, AnalyzedArticle article) {
    for (ActorMention m : mentions) {
      List<Token> toks = article.sentences().get(m.sentence()).tokens();
      int i = 0;
      while (i < toks.size() && toks.get(i).end() <= m.start()) i++;
      while (i < toks.size() && toks.get(i).begin() < m.end()) i++;
      if (i >= toks.size()) continue;
      // the description follows the name's comma, or the mention already holds its title ("John
      // Williams, the president" + "of the Federal Reserve Bank of New York")
      boolean titled = m.mention().contains(",") && AFFILIATION_PREPOSITIONS.contains(toks.get(i).word().toLowerCase(Locale.ROOT));
      if (!toks.get(i).word().equals(",") && !titled) continue;
      int first = titled ? i : i + 1;
      for (int j = first; j < Math.min(toks.size(), i + 20); j++) {
        Token t = toks.get(j);
        if (t.isVerb() || t.word().equals(",") && j > first || t.pos().equals(".")) break;
        if (!AFFILIATION_PREPOSITIONS.contains(t.word().toLowerCase(Locale.ROOT))) continue;
        int k = j + 1 < toks.size() && toks.get(j + 1).pos().equals("DT") ? j + 2 : j + 1;
        if (k >= toks.size()) break;
        int at = toks.get(k).begin();
        for (ActorMention o : all) {
          if (o.sentence() == m.sentence() && o.start() == at && o.rule().equals("organisation")
              && o.actor().country() != null) {
            return o.actor();
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether a mention names a person (by name, title, memory or pronoun), as opposed to a state,
   * organisation or group: by the rule that resolved it.
   */
  public static boolean isPerson(ActorMention m) {
    String rule = m.rule();
    return rule.startsWith("title") || rule.startsWith("name") || rule.startsWith("memory")
        || rule.startsWith("pronoun") || rule.startsWith("person") || rule.equals(QUOTED_FIRST_PERSON);
  }

  /**
   * Puts a re-resolved mention in place of {@code all.get(i)}, in the list and in the token index,
   * its rule extended by {@code how}.
   */
  private static ActorMention replace(List<ActorMention> all, int i, List<List<List<ActorMention>>> byToken, Actor actor,
      String how) {
    ActorMention m = all.get(i);
    ActorMention r = new ActorMention(m.mention(), m.start(), m.end(), m.sentence(), actor, m.rule() + how);
    all.set(i, r);
    for (List<ActorMention> slot : byToken.get(m.sentence())) {
      slot.replaceAll(x -> x == m ? r : x);
    }
    return r;
  }

  /** A person's name as this document gives it in full ("Volker" is "Kurt Volker"). */
  private static String personKey(String name, Map<String, String> fullNames) {
    return name.contains(" ") ? name : fullNames.getOrDefault(name.toLowerCase(Locale.ROOT), name);
  }

  /** The country a named person's contexts are about, or null when none clearly leads. */
  private static @Nullable String neighbourhoodCountry(List<ActorMention> mentions, List<ActorMention> all,
      List<List<String>> cityCountries, Map<String, Integer> counts, int total) {
    Map<String, Double> votes = new HashMap<>();
    for (ActorMention m : mentions) {
      // cities and regions named around it (given for state roles only) vote too ("caught by police in Arizona")
      for (int k = Math.max(0, m.sentence() - 1); k <= Math.min(cityCountries.size() - 1, m.sentence() + 1); k++) {
        for (String c : cityCountries.get(k)) votes.merge(c, k == m.sentence() ? 2.0 : 1.0, Double::sum);
      }
      for (ActorMention o : all) {
        String c = o.actor().country();
        if (c == null || GroupCodes.isGroup(c) || Math.abs(o.sentence() - m.sentence()) > 1
            || o.rule().startsWith("pronoun")) continue;
        votes.merge(c, o.sentence() == m.sentence() ? 2.0 : 1.0, Double::sum);
      }
    }
    if (total > 0) {
      counts.forEach((c, n) -> {
        if (!GroupCodes.isGroup(c)) votes.merge(c, 3.0 * n / total, Double::sum);
      });
    }
    String top = null;
    double first = 0;
    double second = 0;
    for (Map.Entry<String, Double> e : votes.entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        top = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return first >= 2 && first >= 1.5 * second ? top : null;
  }

  /** The country most distinct actors belong to, when it leads: a third of them and a quarter more than the next. */
  private static @Nullable String dominant(Map<String, Integer> counts) {
    int total = 0;
    String top = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (GroupCodes.isGroup(e.getKey())) continue;
      int n = e.getValue();
      total += n;
      if (n > first) {
        second = first;
        first = n;
        top = e.getKey();
      } else if (n > second) {
        second = n;
      }
    }
    return total >= 2 && first * 3 >= total && first * 4 >= second * 5 ? top : null;
  }

  // ---------------------------------------------------------------- elements

  private List<Element> elements(List<Token> tokens) {
    List<Element> out = new ArrayList<>();
    int n = tokens.size();
    for (int i = 0; i < n; ) {
      Token t = tokens.get(i);
      String w = Gazetteer.norm(t.word());
      boolean personNer = t.ner().equals("PERSON");
      Gazetteer.Entry e = personNer && (i + 1 < n && tokens.get(i + 1).ner().equals("PERSON")
          || i > 0 && tokens.get(i - 1).ner().equals("PERSON")) ? null : gazetteer.match(tokens, i);
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
      if (r != null && r.words().size() == 1 && t.pos().startsWith("JJ") && i + 1 < n && tokens.get(i + 1).isNoun()
          && roles.match(tokens, i + 1) == null) {
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
          && out.get(out.size() - 1).kind() == Kind.ROLE && out.get(out.size() - 1).to() == i && placeAt(tokens, i + 1)) {
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
  private int roleAfterDescription(List<Token> tokens, int i) {
    for (int j = i; j < Math.min(tokens.size(), i + 3); j++) {
      Token t = tokens.get(j);
      boolean descriptive = t.pos().startsWith("JJ") || t.pos().equals("NN") || t.pos().equals("VBN");
      if (!descriptive) return -1;
      if (j + 1 < tokens.size() && roles.match(tokens, j + 1) != null) return j + 1;
    }
    return -1;
  }

  private static final Set<String> NOT_NAMES = Set.copyOf(Lexicon.lines(ActorResolver.class, "not-name-parts.txt"));

  /** A capitalised proper noun the tagger left outside a one-word name: its second part. */
  private boolean isNameTail(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    String w = t.word();
    return t.pos().equals("NNP") && t.ner().equals("O") && w.length() > 1 && w.length() <= 12
        && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase)
        && !NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))
        && gazetteer.match(tokens, j) == null && roles.match(tokens, j) == null;
  }

  /** Whether a country or capital name starts at token {@code i} (after an optional "the"). */
  private boolean placeAt(List<Token> tokens, int i) {
    if (i < tokens.size() && tokens.get(i).word().equals("the")) i++;
    if (i >= tokens.size()) return false;
    Gazetteer.Entry e = gazetteer.match(tokens, i);
    return e != null && (e.kind() == Gazetteer.Kind.COUNTRY || e.kind() == Gazetteer.Kind.CAPITAL
        || e.kind() == Gazetteer.Kind.CITY);
  }

  /** Maximal runs of adjacent elements that form one phrase (connectors trimmed from the ends). */
  private static List<List<Element>> runs(List<Element> elements, List<Token> tokens) {
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
  private static boolean commonNouns(List<Token> tokens, int from, int to) {
    if (from < 0 || to - from < 1 || to - from > 2) return false;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!(t.pos().equals("NN") || t.pos().equals("NNS")) || !Character.isLowerCase(t.word().charAt(0))) return false;
    }
    return true;
  }

  private static void flush(List<Element> run, List<List<Element>> out) {
    int a = 0;
    int b = run.size();
    while (a < b && isConnector(run.get(a).kind())) a++;
    while (b > a && isConnector(run.get(b - 1).kind())) b--;
    if (a < b) {
      out.add(new ArrayList<>(run.subList(a, b)));
    }
  }

  private static boolean isConnector(Kind k) {
    return k == Kind.MOD || k == Kind.POSS || k == Kind.CONJ || k == Kind.COMMA || k == Kind.HONORIFIC;
  }

  /**
   * A run split at "and"/commas into conjuncts. A conjunct that is only a place or demonym takes the
   * role of the last conjunct ("American and South Korean officials"); the returned lists are the
   * elements of each conjunct, with the shared role appended.
   */
  private static List<List<Element>> conjuncts(List<Element> run) {
    List<List<Element>> parts = new ArrayList<>();
    List<Element> cur = new ArrayList<>();
    boolean afterComma = false;
    for (Element e : run) {
      if (e.kind() == Kind.CONJ || e.kind() == Kind.COMMA) {
        if (!cur.isEmpty()) {
          List<Element> prev = parts.isEmpty() ? null : parts.get(parts.size() - 1);
          if (afterComma && prev != null && prev.get(prev.size() - 1).kind() == Kind.PERSON && isTitleOnly(cur)) {
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
      if (afterComma && prev != null && prev.get(prev.size() - 1).kind() == Kind.PERSON && isTitleOnly(cur)) {
        prev.addAll(cur);
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

  private static boolean isTitleOnly(List<Element> part) {
    return part.stream().anyMatch(e -> e.kind() == Kind.ROLE)
        && part.stream().noneMatch(e -> e.kind() == Kind.PERSON || e.kind() == Kind.PRONOUN);
  }

  // ---------------------------------------------------------------- resolution

  /**
   * "Liu He, China's top trade negotiator, ...": the run after a name, when only a comma and an
   * article separate them and it holds a role, describes that person.
   */
  private static @Nullable List<Element> appositive(List<Element> run, List<Element> next, List<Token> toks) {
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
    return next.stream().anyMatch(e -> e.kind() == Kind.ROLE) ? next : null;
  }

  private @Nullable ActorMention mention(List<Element> els, @Nullable List<Element> appositive, Sentence s, String text,
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
      Actor a = group ? lastGroup(sofar, s.index(), t.begin()) : lastPerson(sofar, s.index(), roles);
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
          Actor known = memory.recall(name);
          if (known == null) return null;
          return new ActorMention(text.substring(toks.get(from).begin(), toks.get(to - 1).end()),
              toks.get(from).begin(), toks.get(to - 1).end(), s.index(), known, "memory");
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
      if (country == null) {
        Actor prev = roleChain.get(roleWords(roleEl));
        if (prev != null) {
          country = prev.country();
          rule = "role chain";
        }
      }
    } else if (org != null && org.entry() == null && country != null) {
      // "the American Farm Bureau", "the Federal Reserve Bank of New York": a body of that country,
      // not its government; role unknown
      rule = "organisation";
    } else if (place != null) {
      if (to < toks.size() && (toks.get(to).pos().equals("NN") || toks.get(to).pos().equals("NNS"))) {
        return null; // a place name modifying a noun ("the Ukraine war", "Russia sanctions") is not an actor
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
      if (theNation) {
        role = "GOV"; // "the Chinese balked": the nation, acting as a state
        rule = "demonym nation";
      } else if (nounUse) {
        role = "CVL";
        rule = "demonym";
      } else if (nounAfterAdjectives(toks, to) >= 0) {
        // "a Ukrainian port", "Iranian nuclear sites": the thing belongs to that country; no role
        int end = nounAfterAdjectives(toks, to);
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
    if (roleEl != null && country != null && person == null) {
      roleChain.put(roleWords(roleEl), actor);
    }
    return new ActorMention(text.substring(b, e), b, e, s.index(), actor, rule);
  }

  /**
   * Whether the run is the posting of an envoy before his name: "(ambassador|envoy) to [the] PLACE NAME".
   * The words before the run are read, as the title is not part of it.
   */
  private boolean isPosting(List<Element> els, List<Token> toks) {
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
  private @Nullable String placeWithin(Element org, List<Token> toks) {
    for (int k = org.from(); k < org.to(); k++) {
      Gazetteer.Entry e = gazetteer.match(toks, k);
      if (e != null && e.country() != null && e.kind() != Gazetteer.Kind.ORGANISATION && !isGroupCode(e.country())) {
        return e.country();
      }
    }
    return null;
  }

  /** The first common noun at or after {@code i} past adjectives, or -1. */
  private static int nounAfterAdjectives(List<Token> toks, int i) {
    while (i < toks.size() && toks.get(i).pos().startsWith("JJ")) i++;
    return i < toks.size() && toks.get(i).isNoun() && !toks.get(i).pos().startsWith("NNP") ? i : -1;
  }

  private static String roleWords(Element roleEl) {
    return String.join(" ", roleEl.role().words());
  }

  private static boolean isGroupCode(String code) {
    return code.length() == 3 && !Character.isLowerCase(code.charAt(0)) && GroupCodes.isGroup(code);
  }

  /**
   * The person a pronoun most likely means: the last person named in this or the two sentences before,
   * else the last office holder mentioned by title alone ("the Chilean foreign minister"). When that
   * person is not placed, neither is the pronoun (rather than jump to someone else).
   */
  private static @Nullable Actor lastPerson(List<ActorMention> sofar, int sentence, RoleLexicon roles) {
    Actor office = null;
    for (int i = sofar.size() - 1; i >= 0; i--) {
      ActorMention m = sofar.get(i);
      if (m.sentence() < sentence - 2) break;
      if (m.actor().name() != null && isPerson(m)) {
        return m.actor(); // possibly not yet placed; the article-level pass may place both together
      }
      if (office == null && m.actor().name() == null && m.rule().startsWith("role") && m.actor().country() != null) {
        String[] words = m.mention().toLowerCase(Locale.ROOT).split(" ");
        if (roles.isTitleHead(words[words.length - 1])) office = m.actor();
      }
    }
    // no one named: "The Chilean foreign minister held talks ... he said" is the office holder
    return office;
  }

  /**
   * What "they" most likely means: the last group named in a plural ("senators", "Iranian security
   * forces", "the protesters", "the Ukrainians") in this or the previous sentence, when it is the only such
   * group there.
   */
  private static @Nullable Actor lastGroup(List<ActorMention> sofar, int sentence, int before) {
    Actor found = null;
    for (int i = sofar.size() - 1; i >= 0; i--) {
      ActorMention m = sofar.get(i);
      if (m.sentence() < sentence - 1) break;
      if (m.start() >= before || m.actor().role() == null) continue;
      boolean nation = m.rule().equals("demonym nation"); // "the Chinese", "the Ukrainians"
      if (!nation && !m.rule().startsWith("role") && !m.rule().equals("demonym")) continue;
      if (!nation && !m.mention().endsWith("s")) continue; // a plural group, roughly: "officials", "forces", "Iranians"
      if (found != null && !found.equals(m.actor())) return null; // two candidate groups: do not guess
      found = m.actor();
    }
    return found;
  }

  private static String span(List<Token> toks, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) sb.append(' ');
      sb.append(toks.get(i).word());
    }
    return sb.toString().replace(" 's", "'s");
  }

  private static String surname(String name) {
    int sp = name.lastIndexOf(' ');
    return sp < 0 ? name : name.substring(sp + 1);
  }
}
