package org.sitrep.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A file of rules the user edits (YAML): what to watch for. Example:
 *
 * <pre>
 * name: Korean peninsula
 * rules:
 *   - name: Russia to North Korea, cooperation
 *     source: RUS
 *     target: PRK
 *     cameo: ["03-08"]
 *   - name: Pressure on South Korea
 *     target: KOR
 *     cameo: ["13-20"]
 *     exclude_modality: [denied]
 *   - name: Trash balloons
 *     text: '"trash balloons"'
 * alerts:            # optional, see AlertSettings
 *   group_wait: 30s
 *   webhook: https://hooks.example.org/sitrep
 *   secret_env: SITREP_WEBHOOK_SECRET
 * </pre>
 *
 * Codes are upper-cased; a list may be given as one value. Unknown fields and bad values are refused with the
 * file, the rule and the field named.
 */
public record Watchlist(String name, List<WatchRule> rules, AlertSettings alerts) {

  private static final Set<String> FIELDS = Set.of("name", "actor", "source", "target", "cameo", "plover", "modality",
      "exclude_modality", "goldstein_min", "goldstein_max", "text", "spike");
  private static final Set<String> MODALITIES = Set.of("happened", "reported", "alleged", "denied", "planned",
      "hypothetical");

  public static Watchlist read(Path file) {
    String yaml;
    try {
      yaml = Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("watchlist " + file + ": cannot read it: " + e);
    }
    return parse(yaml, file.toString(), file.getFileName().toString());
  }

  /**
   * The watchlist written in {@code yaml}; {@code file} names it in errors, {@code fallbackName} is its name when
   * it gives none. Refuses what {@link #read} refuses, with the same messages (the web editor checks with it).
   */
  public static Watchlist parse(String yaml, String file, String fallbackName) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(yaml);
    } catch (IOException e) {
      throw new IllegalArgumentException("watchlist " + file + ": not YAML: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.isObject() || !root.path("rules").isArray() || root.path("rules").isEmpty()) {
      throw new IllegalArgumentException("watchlist " + file + ": expected a 'name' and a list of 'rules'");
    }
    String name = root.path("name").isTextual() ? root.path("name").asText() : fallbackName;
    List<WatchRule> rules = new ArrayList<>();
    int n = 0;
    for (JsonNode r : root.path("rules")) {
      n++;
      String where = "watchlist " + file + ": rule " + n + (r.path("name").isTextual() ? " '" + r.path("name").asText() + "'" : "");
      if (!r.isObject()) throw new IllegalArgumentException(where + ": expected fields such as source, target, cameo");
      for (Iterator<String> f = r.fieldNames(); f.hasNext(); ) {
        String field = f.next();
        if (!FIELDS.contains(field)) {
          throw new IllegalArgumentException(where + ": unknown field '" + field + "' (known: " + String.join(", ",
              new java.util.TreeSet<>(FIELDS)) + ")");
        }
      }
      List<String> cameo = List.copyOf(strings(r.path("cameo"), false));
      for (String c : cameo) {
        if (!c.matches("\\d{2,4}|\\d{2}-\\d{2}")) {
          throw new IllegalArgumentException(where + ": cameo '" + c + "' is not a code, root or root range (042, 04, 03-08)");
        }
      }
      Set<String> modalities = lower(strings(r.path("modality"), false));
      Set<String> excluded = lower(strings(r.path("exclude_modality"), false));
      for (String m : union(modalities, excluded)) {
        if (!MODALITIES.contains(m)) {
          throw new IllegalArgumentException(where + ": modality '" + m + "' is not one of " + String.join(", ",
              new java.util.TreeSet<>(MODALITIES)));
        }
      }
      WatchRule rule = new WatchRule(r.path("name").isTextual() ? r.path("name").asText() : "rule " + n,
          strings(r.path("actor"), true), strings(r.path("source"), true), strings(r.path("target"), true), cameo,
          strings(r.path("plover"), true), modalities, excluded, number(r.path("goldstein_min"), where),
          number(r.path("goldstein_max"), where), r.path("text").isTextual() ? r.path("text").asText() : null,
          spike(r.path("spike"), where));
      if (!rule.watchesEvents() && rule.text() == null) {
        throw new IllegalArgumentException(where + ": it says nothing to watch for");
      }
      rules.add(rule);
    }
    return new Watchlist(name, List.copyOf(rules), AlertSettings.read(root.path("alerts"), "watchlist " + file));
  }

  private static Set<String> strings(JsonNode node, boolean upper) {
    Set<String> out = new LinkedHashSet<>();
    if (node.isMissingNode() || node.isNull()) return out;
    for (JsonNode v : node.isArray() ? node : List.of(node)) {
      String s = v.asText().strip();
      if (!s.isEmpty()) out.add(upper ? s.toUpperCase(Locale.ROOT) : s);
    }
    return out;
  }

  private static Set<String> lower(Set<String> in) {
    Set<String> out = new LinkedHashSet<>();
    in.forEach(s -> out.add(s.toLowerCase(Locale.ROOT)));
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }

  /** {@code spike: {window: 1, baseline: 7, factor: 3, min: 3}}, each with that default. */
  private static Spike.@Nullable Settings spike(JsonNode node, String where) {
    if (node.isMissingNode() || node.isNull()) return null;
    if (!node.isObject()) throw new IllegalArgumentException(where + ": spike takes window, baseline, factor and min");
    try {
      return new Spike.Settings(node.path("window").asInt(1), node.path("baseline").asInt(7), node.path("factor").asDouble(3),
          node.path("min").asInt(3));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage());
    }
  }

  private static @Nullable Double number(JsonNode node, String where) {
    if (node.isMissingNode() || node.isNull()) return null;
    if (!node.isNumber()) throw new IllegalArgumentException(where + ": Goldstein bounds are numbers from -10 to 10");
    return node.asDouble();
  }
}
