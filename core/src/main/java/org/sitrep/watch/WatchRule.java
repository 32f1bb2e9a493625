package org.sitrep.watch;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.StoredEvent;

/**
 * One rule of a {@link Watchlist}: which events it is about. Every field given must hold; a field left out
 * holds for all. Codes: {@code actor} (either side), {@code source}, {@code target} are ISO 3166 alpha-3 or
 * CAMEO group codes; {@code cameo} lists codes, roots or root ranges ("042", "04", "03-08"); {@code text} is a
 * search query (the {@code search} command's language) over the articles of the period; {@code spike} asks to be
 * told when the rule's events rise above their own trailing baseline ({@link Spike}).
 */
public record WatchRule(String name, Set<String> actors, Set<String> sources, Set<String> targets, List<String> cameo,
    Set<String> plover, Set<String> modalities, Set<String> excludeModalities, @Nullable Double goldsteinMin,
    @Nullable Double goldsteinMax, @Nullable String text, Spike.@Nullable Settings spike) {

  /** Whether the rule is about events at all (a rule of text alone is about articles). */
  public boolean watchesEvents() {
    return !(actors.isEmpty() && sources.isEmpty() && targets.isEmpty() && cameo.isEmpty() && plover.isEmpty()
        && modalities.isEmpty() && excludeModalities.isEmpty() && goldsteinMin == null && goldsteinMax == null);
  }

  public boolean matches(StoredEvent e) {
    if (!watchesEvents()) return false;
    if (!actors.isEmpty() && !actors.contains(e.sourceCountry()) && !actors.contains(e.targetCountry())) return false;
    if (!sources.isEmpty() && !sources.contains(e.sourceCountry())) return false;
    if (!targets.isEmpty() && !targets.contains(e.targetCountry())) return false;
    if (!cameo.isEmpty() && cameo.stream().noneMatch(c -> codeMatches(c, e.cameo()))) return false;
    if (!plover.isEmpty() && (e.plover() == null || !plover.contains(e.plover().toUpperCase(Locale.ROOT)))) return false;
    if (!modalities.isEmpty() && !modalities.contains(e.modality())) return false;
    if (excludeModalities.contains(e.modality())) return false;
    if (goldsteinMin != null && (e.goldstein() == null || e.goldstein() < goldsteinMin)) return false;
    if (goldsteinMax != null && (e.goldstein() == null || e.goldstein() > goldsteinMax)) return false;
    return true;
  }

  /** What the rule asks for, in the watchlist's own words: "source RUS; target PRK; cameo 03-08; not denied". */
  public String describe() {
    List<String> parts = new java.util.ArrayList<>();
    if (!actors.isEmpty()) parts.add("actor " + String.join(" or ", actors));
    if (!sources.isEmpty()) parts.add("source " + String.join(" or ", sources));
    if (!targets.isEmpty()) parts.add("target " + String.join(" or ", targets));
    if (!cameo.isEmpty()) parts.add("cameo " + String.join(", ", cameo));
    if (!plover.isEmpty()) parts.add("plover " + String.join(", ", plover));
    if (!modalities.isEmpty()) parts.add("only " + String.join(", ", modalities));
    if (!excludeModalities.isEmpty()) parts.add("not " + String.join(", ", excludeModalities));
    if (goldsteinMin != null) parts.add("goldstein ≥ " + goldsteinMin);
    if (goldsteinMax != null) parts.add("goldstein ≤ " + goldsteinMax);
    if (text != null) parts.add("text " + text);
    if (spike != null) parts.add("spike alerts");
    return String.join("; ", parts);
  }

  /** "03-08": roots 03 to 08; "04": root 04; "042": 042 and its sub-codes. */
  static boolean codeMatches(String spec, String code) {
    if (spec.contains("-")) {
      String[] r = spec.split("-", 2);
      String root = code.substring(0, 2);
      return root.compareTo(r[0]) >= 0 && root.compareTo(r[1]) <= 0;
    }
    return code.startsWith(spec);
  }
}
