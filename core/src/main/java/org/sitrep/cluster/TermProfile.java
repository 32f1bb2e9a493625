package org.sitrep.cluster;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.Lexicon;

/**
 * What an article is about, as weighted terms: content words of the title and body, with names
 * (capitalised words not at a sentence start) and title words weighted up. Two articles about the
 * same story share names and key terms; the cosine of their profiles says how much. Profiles of a
 * story are the merged profiles of its articles, trimmed to the strongest terms.
 *
 * @param weights term → weight, at most {@link #MAX_TERMS} entries
 */
public record TermProfile(Map<String, Double> weights) {
  public static final int MAX_TERMS = 40;
  private static final Set<String> STOPWORDS = Set.copyOf(Lexicon.lines(TermProfile.class, "stopwords-en.txt"));

  public TermProfile {
    weights = Map.copyOf(weights);
  }

  public static TermProfile of(String title, String body) {
    Map<String, Double> w = new HashMap<>();
    add(w, title, 3.0);
    add(w, body.length() > 20_000 ? body.substring(0, 20_000) : body, 1.0);
    return new TermProfile(top(w, MAX_TERMS));
  }

  private static void add(Map<String, Double> w, String text, double factor) {
    List<String> raw = rawWords(text);
    boolean sentenceStart = true;
    for (String word : raw) {
      if (word.equals(".")) {
        sentenceStart = true;
        continue;
      }
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      boolean name = !sentenceStart && Character.isUpperCase(word.charAt(0));
      sentenceStart = false;
      if (lower.length() < 3 || STOPWORDS.contains(lower) || Character.isDigit(lower.charAt(0))) {
        continue;
      }
      w.merge(lower, factor * (name ? 2.5 : 1.0), Double::sum);
    }
  }

  private static List<String> rawWords(String text) {
    List<String> out = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean letter = Character.isLetterOrDigit(c);
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        out.add(".");
      }
    }
    return out;
  }

  /** The {@code n} strongest terms, strongest first. */
  public List<String> strongest(int n) {
    return weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Cosine similarity of the two weight vectors, 0 to 1. */
  public double similarity(TermProfile other) {
    double dot = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      Double o = other.weights.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    double n = norm() * other.norm();
    return n == 0 ? 0 : dot / n;
  }

  /** Cosine similarity with each term's weight scaled by {@code idf} (its rarity among articles). */
  public double similarity(TermProfile other, java.util.function.ToDoubleFunction<String> idf) {
    Map<String, Double> cache = new HashMap<>();
    java.util.function.ToDoubleFunction<String> f = t -> cache.computeIfAbsent(t, idf::applyAsDouble);
    double dot = 0;
    double na = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      double a = e.getValue() * f.applyAsDouble(e.getKey());
      na += a * a;
      Double o = other.weights.get(e.getKey());
      if (o != null) dot += a * o * f.applyAsDouble(e.getKey());
    }
    double nb = 0;
    for (Map.Entry<String, Double> e : other.weights.entrySet()) {
      double b = e.getValue() * f.applyAsDouble(e.getKey());
      nb += b * b;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private double norm() {
    double s = 0;
    for (double v : weights.values()) {
      s += v * v;
    }
    return Math.sqrt(s);
  }

  /** This profile and another merged (summed), trimmed to the strongest terms. */
  public TermProfile merge(TermProfile other) {
    Map<String, Double> w = new HashMap<>(weights);
    other.weights.forEach((k, v) -> w.merge(k, v, Double::sum));
    return new TermProfile(top(w, MAX_TERMS));
  }

  private static final java.util.Comparator<Map.Entry<String, Double>> STRONGEST_FIRST =
      Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

  /** The n strongest entries, by a bounded heap rather than a full sort. */
  private static Map<String, Double> top(Map<String, Double> w, int n) {
    java.util.PriorityQueue<Map.Entry<String, Double>> heap = new java.util.PriorityQueue<>(n + 1, STRONGEST_FIRST.reversed());
    for (Map.Entry<String, Double> e : w.entrySet()) {
      heap.add(e);
      if (heap.size() > n) {
        heap.poll();
      }
    }
    List<Map.Entry<String, Double>> kept = new java.util.ArrayList<>(heap);
    kept.sort(STRONGEST_FIRST);
    Map<String, Double> out = new LinkedHashMap<>();
    kept.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
