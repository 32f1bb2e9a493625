package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.internal.Lexicon;
import org.sitrep.model.Token;

/**
 * Names Sitrep knows as token sequences: countries, capitals, demonyms and alternative spellings
 * (generated from a country data package: {@code countries.tsv}), news usage the package lacks
 * ({@code country-aliases.tsv}) and organisations ({@code organisations.tsv}). Matched case-sensitively,
 * longest first, on token words.
 */
public final class Gazetteer {

  /** What kind of name an entry is. CITY is any place below a country: a city or a first-level region (state, province). */
  public enum Kind { COUNTRY, CAPITAL, DEMONYM, ORGANISATION, CITY }

  /**
   * One known name.
   *
   * @param words its tokens (a city is only matched on a proper-noun token: "Reading the report")
   * @param kind what it names
   * @param country ISO alpha-3 or CAMEO known-group code; null for an organisation of no fixed country
   * @param role CAMEO type for organisations, null otherwise
   * @param name canonical name for organisations, the form itself otherwise
   */
  public record Entry(List<String> words, Kind kind, @Nullable String country, @Nullable String role, String name) {}

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

  private Gazetteer() {}

  private static final class Holder {
    static final Gazetteer DEFAULT = load();
  }

  /** The gazetteer built from the bundled data files. */
  public static Gazetteer standard() {
    return Holder.DEFAULT;
  }

  private static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    Map<String, String[]> removed = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    for (String line : Lexicon.lines(Gazetteer.class, "countries.tsv")) {
      rows.add(line.split("\t"));
    }
    for (String line : Lexicon.lines(Gazetteer.class, "country-aliases.tsv")) {
      String[] r = line.split("\t");
      if (r[0].equals("-")) {
        removed.put(r[1] + "\t" + r[2], r);
      } else {
        rows.add(r);
      }
    }
    for (String[] r : rows) {
      if (r.length < 3 || removed.containsKey(r[1] + "\t" + r[2])) {
        continue;
      }
      Kind kind = switch (r[1]) {
        case "capital" -> Kind.CAPITAL;
        case "demonym" -> Kind.DEMONYM;
        default -> Kind.COUNTRY;
      };
      g.add(new Entry(words(r[2]), kind, r[0], null, r[2]));
      if (kind == Kind.DEMONYM && !r[2].endsWith("s") && !r[2].endsWith("ese") && !r[2].equals("US")
          && !r[2].equals("UK") && !r[2].contains(".")) {
        g.add(new Entry(words(r[2] + "s"), kind, r[0], null, r[2] + "s"));
      }
      if (kind == Kind.COUNTRY && r[2].startsWith("the ")) {
        g.add(new Entry(words("The " + r[2].substring(4)), kind, r[0], null, r[2]));
      }
    }
    for (String line : Lexicon.lines(Gazetteer.class, "organisations.tsv")) {
      String[] r = line.split("\t");
      g.add(new Entry(words(r[0]), Kind.ORGANISATION, r[1].equals("-") ? null : r[1], r[2], r[3]));
    }
    // places last: a name that is already a country, capital, demonym or organisation keeps that
    // reading; cities before first-level regions ("Arizona police", "the governor of Kano")
    g.addPlaces("cities.tsv");
    g.addPlaces("regions.tsv");
    return g;
  }

  /** Adds the places of a {@code name<TAB>alpha-3} file as CITY entries, skipping names already known. */
  private void addPlaces(String file) {
    for (String line : Lexicon.lines(Gazetteer.class, file)) {
      String[] r = line.split("\t");
      List<String> w = words(r[0]);
      if (byFirstWord.getOrDefault(w.get(0), List.of()).stream().noneMatch(e -> e.words().equals(w))) {
        add(new Entry(w, Kind.CITY, r[1], null, r[0]));
      }
    }
  }

  private void add(Entry e) {
    byFirstWord.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
  }

  /** Splits a name the way the tokenizer does: on spaces, with a possessive "'s" apart. */
  static List<String> words(String form) {
    List<String> out = new ArrayList<>();
    for (String w : form.split(" ")) {
      if (w.endsWith("'s") && w.length() > 2) {
        out.add(w.substring(0, w.length() - 2));
        out.add("'s");
      } else if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return List.copyOf(out);
  }

  /** The longest entry starting at token {@code i}, or null. */
  public @Nullable Entry match(List<Token> tokens, int i) {
    Entry e = match(tokens, i, false);
    // "BERLIN (AP) —", "KYIV, Ukraine": a name in capitals is looked up as it is written in running text
    return e == null && isCapitals(tokens.get(i).word()) ? match(tokens, i, true) : e;
  }

  private @Nullable Entry match(List<Token> tokens, int i, boolean fromCapitals) {
    List<Entry> cands = byFirstWord.get(word(tokens.get(i), fromCapitals));
    if (cands == null) {
      return null;
    }
    Entry best = null;
    for (Entry e : cands) {
      int n = e.words().size();
      if (i + n > tokens.size() || (best != null && n <= best.words().size())) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < n && ok; k++) {
        ok = word(tokens.get(i + k), fromCapitals).equals(e.words().get(k));
      }
      // a place name the tagger reads as a person's ("Bolton said") is the person; a word in capitals may be
      // tagged anything, a person too ("LAGOS (Reuters) -", "DENVER (AP) —")
      if (ok && (e.kind() != Kind.CITY || fromCapitals
          || tokens.get(i).pos().startsWith("NNP") && !tokens.get(i).ner().equals("PERSON"))) {
        best = e;
      }
    }
    return best;
  }

  private static String word(Token t, boolean fromCapitals) {
    String w = norm(t.word());
    return fromCapitals && isCapitals(w) ? w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT) : w;
  }

  /** A word of three letters or more, all capitals ("BERLIN"; not "US", not "U.S."). */
  private static boolean isCapitals(String w) {
    if (w.length() < 3) return false;
    for (int k = 0; k < w.length(); k++) {
      if (!Character.isUpperCase(w.charAt(k))) return false;
    }
    return true;
  }

  /** Every entry (for checks against the reference tables). */
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    byFirstWord.values().forEach(out::addAll);
    return out;
  }

  /**
   * Whether an actor code is a CAMEO known group (NAT, UNO, EEC, AMN ...) rather than a country:
   * any code the country data does not list.
   */
  public static boolean isKnownGroup(String code) {
    return GroupCodes.isGroup(code);
  }

  static String norm(String word) {
    return word.indexOf('’') >= 0 ? word.replace('’', '\'') : word;
  }
}
