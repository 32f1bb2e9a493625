package org.sitrep.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric, re-implemented: tokens are Unicode {@code \w+} runs,
 * 4-token shingles are compared as multisets per page; precision and recall are per page.
 */
final class ShingleScore {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private ShingleScore() {}

  record PageScore(double precision, double recall, boolean hasOutput, boolean exact) {}

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.size() < N) {
      if (!tokens.isEmpty()) {
        out.merge(List.copyOf(tokens), 1, Integer::sum);
      }
      return out;
    }
    for (int i = 0; i + N <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return out;
  }

  static PageScore score(String expected, String predicted) {
    List<String> et = tokens(expected);
    List<String> pt = tokens(predicted);
    Map<List<String>, Integer> e = shingles(et);
    Map<List<String>, Integer> p = shingles(pt);
    int eTotal = e.values().stream().mapToInt(Integer::intValue).sum();
    int pTotal = p.values().stream().mapToInt(Integer::intValue).sum();
    int common = 0;
    for (Map.Entry<List<String>, Integer> entry : p.entrySet()) {
      common += Math.min(entry.getValue(), e.getOrDefault(entry.getKey(), 0));
    }
    double precision = pTotal == 0 ? 0 : (double) common / pTotal;
    double recall = eTotal == 0 ? 1 : (double) common / eTotal;
    return new PageScore(precision, recall, pTotal > 0, et.equals(pt));
  }
}
