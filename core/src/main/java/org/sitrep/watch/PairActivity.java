package org.sitrep.watch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.store.StoredEvent;

/**
 * Actor pairs (source country → target country) active on a day, against the seven days before it. A pair
 * is <em>new</em> when it has events on the day and none in the week before; <em>escalating</em> when its
 * conflict events (QuadClass 3 and 4) on the day number at least two and more than twice their daily
 * average over the week before.
 *
 * @param source ISO 3166 alpha-3 or CAMEO group code
 * @param codes the day's CAMEO codes of the pair, most frequent first
 */
public record PairActivity(String source, String target, int events, int conflict, int weekEvents, int weekConflict,
    double goldstein, List<String> codes) {

  public boolean isNew() {
    return events > 0 && weekEvents == 0;
  }

  public boolean isEscalating() {
    return conflict >= 2 && conflict > 2 * (weekConflict / 7.0);
  }

  /** The pairs of {@code day} (events of that day) measured against {@code week} (the seven days before). */
  static List<PairActivity> of(List<StoredEvent> day, List<StoredEvent> week) {
    Map<String, int[]> dayCounts = new TreeMap<>();
    Map<String, Double> goldstein = new TreeMap<>();
    Map<String, Map<String, Integer>> codes = new TreeMap<>();
    for (StoredEvent e : day) {
      String k = key(e);
      if (k == null) continue;
      int[] c = dayCounts.computeIfAbsent(k, x -> new int[2]);
      c[0] += 1;
      if (e.quadClass() >= 3) c[1] += 1;
      goldstein.merge(k, e.goldstein() == null ? 0 : e.goldstein(), Double::sum);
      codes.computeIfAbsent(k, x -> new TreeMap<>()).merge(e.cameo(), 1, Integer::sum);
    }
    Map<String, int[]> weekCounts = new TreeMap<>();
    for (StoredEvent e : week) {
      String k = key(e);
      if (k == null) continue;
      int[] c = weekCounts.computeIfAbsent(k, x -> new int[2]);
      c[0] += 1;
      if (e.quadClass() >= 3) c[1] += 1;
    }
    List<PairActivity> out = new ArrayList<>();
    for (Map.Entry<String, int[]> en : dayCounts.entrySet()) {
      String[] st = en.getKey().split(">");
      int[] w = weekCounts.getOrDefault(en.getKey(), new int[2]);
      List<String> byCount = codes.get(en.getKey()).entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey).toList();
      out.add(new PairActivity(st[0], st[1], en.getValue()[0], en.getValue()[1], w[0], w[1],
          Math.round(goldstein.get(en.getKey()) * 10) / 10.0, byCount));
    }
    out.sort(Comparator.comparingInt(PairActivity::conflict).reversed().thenComparing(PairActivity::events,
        Comparator.reverseOrder()).thenComparing(PairActivity::source).thenComparing(PairActivity::target));
    return out;
  }

  private static String key(StoredEvent e) {
    if (e.sourceCountry() == null || e.targetCountry() == null || e.sourceCountry().equals(e.targetCountry())) return null;
    return e.sourceCountry() + ">" + e.targetCountry();
  }
}
