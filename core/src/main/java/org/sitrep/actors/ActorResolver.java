package org.sitrep.actors;

import static org.sitrep.actors.ActorWords.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;


import org.sitrep.actors.PhraseReader.Element;
import org.sitrep.actors.PhraseReader.Kind;
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
  private final PhraseReader phrases;
  private final MentionResolver mentions;
  private final PeopleDirectory directory;
  private final Gazetteer gazetteer;

  public ActorResolver(Gazetteer gazetteer, RoleLexicon roles) {
    this(gazetteer, roles, PeopleDirectory.standard());
  }

  public ActorResolver(Gazetteer gazetteer, RoleLexicon roles, PeopleDirectory directory) {
    this.gazetteer = gazetteer;
    this.phrases = new PhraseReader(gazetteer, roles);
    this.mentions = new MentionResolver(gazetteer, roles);
    this.directory = directory;
  }

  /** A resolver over the bundled data files. */
  public static ActorResolver standard() {
    return new ActorResolver(Gazetteer.standard(), RoleLexicon.standard(), PeopleDirectory.standard());
  }

  /**
   * The countries the article names: as a country, capital, city, region or demonym ({@code places}), and with
   * those of the known organisations it names, "the Kremlin" ({@code all}).
   */
  private record NamedCountries(java.util.Set<String> places, java.util.Set<String> all) {}

  private NamedCountries namedCountries(AnalyzedArticle article) {
    java.util.Set<String> places = new java.util.HashSet<>();
    java.util.Set<String> all = new java.util.HashSet<>();
    for (Sentence s : article.sentences()) {
      List<Token> toks = s.tokens();
      for (int i = 0; i < toks.size(); i++) {
        Gazetteer.Entry e = gazetteer.match(toks, i);
        if (e == null || e.country() == null) continue;
        all.add(e.country());
        if (e.kind() != Gazetteer.Kind.ORGANISATION) places.add(e.country());
      }
    }
    return new NamedCountries(places, all);
  }

  /** "BERLIN (AP) —", "(Reuters)": an agency credited in brackets is the outlet, not an actor of the story. */
  private static boolean isCredit(String text, ActorMention m) {
    return "MED".equals(m.actor().role()) && m.start() > 0 && m.end() < text.length()
        && text.charAt(m.start() - 1) == '(' && text.charAt(m.end()) == ')';
  }

  /** Resolves every mention of the article; remembers named actors it establishes in {@code memory}. */
  public ResolvedActors resolve(AnalyzedArticle article, ActorMemory learned) {
    // what earlier documents taught first, then the directory of known people at the article's date
    NamedCountries named = namedCountries(article);
    ActorMemory memory = directory.over(learned, article.article().published(), named.all());
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
      List<Element> elements = phrases.elements(s.tokens(), fullNames);
      List<String> here = new ArrayList<>();
      for (Element e : elements) {
        if (e.kind() == Kind.CITY && e.entry() != null && e.entry().country() != null) here.add(e.entry().country());
        // "in the heart of the Afghan capital": a demonym's capital is a city of that country
        if (e.kind() == Kind.DEMONYM && e.entry() != null && e.entry().country() != null && e.to() < s.tokens().size()
            && s.tokens().get(e.to()).word().equalsIgnoreCase("capital")) {
          here.add(e.entry().country());
        }
        // "arrested in Madrid": a capital the act happens in places it as a city would (a capital alone may be
        // its government speaking, "Madrid said")
        if (e.kind() == Kind.PLACE && e.entry() != null && e.entry().kind() == Gazetteer.Kind.CAPITAL
            && e.entry().country() != null && phrases.placePreposition(s.tokens(), e.from())) {
          here.add(e.entry().country());
        }
      }
      cityCountries.add(here);
      // where the sentence's act happens: its cities and regions, and "in Berlin", "in northern Syria"
      List<String> setting = new ArrayList<>(here);
      for (Element e : elements) {
        if (e.kind() == Kind.PLACE && e.entry() != null && e.entry().country() != null && phrases.placePreposition(s.tokens(), e.from())) {
          setting.add(e.entry().country());
        }
      }
      settingCountries.add(setting);
      List<List<Element>> runs = phrases.runs(elements, s.tokens());
      for (int r = 0; r < runs.size(); r++) {
        List<Element> run = runs.get(r);
        List<Element> appositive = r + 1 < runs.size() ? phrases.appositive(run, runs.get(r + 1), s.tokens()) : null;
        List<List<Element>> parts = phrases.conjuncts(run, s.tokens());
        List<ActorMention> states = new ArrayList<>(); // "Japan, Canada and Mexico": states named together
        for (List<Element> conjunct : parts) {
          ActorMention m = mentions.mention(conjunct, appositive, s, text, people, fullNames, roleChain, memory, all);
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
          if (m == null || isCredit(text, m)) {
            continue;
          }
          if (parts.size() >= 2 && m.rule().contains("metonym")) states.add(m);
          all.add(m);
          if (m.actor().country() != null) {
            // each distinct actor counts once: a leader named twenty times does not make the article his country's
            if (!m.rule().equals("pronoun") && distinctActors.add(ActorIdentity.countingKey(m))) {
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
    PossessivePronouns.place(text, all, byToken);
    new ArticlePlacement(article, all, byToken, fullNames, countryCounts, pendingCountryless, cityCountries,
        settingCountries).run();
    SpeakersFor.place(text, all, byToken);
    PartyShortNames.add(article, gazetteer, all, byToken);
    for (ActorMention m : all) {
      if (m.actor().name() != null && m.actor().country() != null && m.actor().role() != null
          && !m.rule().contains("memory")) {
        memory.remember(m.actor());
      }
    }
    // after remembering: a country the article's only country lent is no fact to carry to the next document
    // (organisations count by their mentions, so that an agency credited in brackets, "(Reuters)", does not)
    OnlyCountry.place(named.places(), all, byToken, text);
    all.removeIf(m -> m.actor().country() == null && m.actor().role() == null);
    for (List<List<ActorMention>> sentence : byToken) {
      for (List<ActorMention> slot : sentence) {
        slot.removeIf(m -> m.actor().country() == null && m.actor().role() == null);
      }
    }
    return new ResolvedActors(all, byToken);
  }

  /**
   * First person inside a quotation ("we", "my") is the quotation's speaker: the resolved actors with those
   * mentions added.
   */
  public ResolvedActors withQuotedSpeakers(ResolvedActors actors, AnalyzedArticle article, List<Quote> quotes) {
    return QuotedSpeakers.withQuotedSpeakers(actors, article, quotes);
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
}
