package org.sitrep.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Scores coded events against expected ones the way the events-dev benchmark's README defines it:
 * a prediction pairs with an expected event when source country, target country (null with null) and
 * CAMEO root agree (the root of the expected code or of one of its alternatives). Pairing is
 * one-to-one and greedy: required before optional, own code before an alternative, full code before
 * root only, earlier first. A prediction paired with a required event is a hit, with an optional one
 * neutral; every other prediction is a false positive.
 */
public final class EventScore {

  /** An expected event. */
  public record Gold(@Nullable String source, @Nullable String target, String cameo, List<String> alternatives,
      boolean required) {}

  /** A coded event reduced to what is scored. */
  public record Predicted(@Nullable String source, @Nullable String target, String cameo) {}

  /** The counts of one comparison; they add up over articles. */
  public record Counts(int hits, int falsePositives, int required, int neutral) {
    public Counts plus(Counts o) {
      return new Counts(hits + o.hits, falsePositives + o.falsePositives, required + o.required, neutral + o.neutral);
    }

    /** Hits over non-neutral predictions; 0 with no predictions, 1 with only neutral ones. */
    public double precision() {
      if (hits + falsePositives == 0) return neutral > 0 ? 1.0 : 0.0;
      return (double) hits / (hits + falsePositives);
    }

    public double recall() {
      return required == 0 ? 1.0 : (double) hits / required;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private EventScore() {}

  /** Compares the predictions of one article with its expected events. */
  public static Counts score(List<Gold> gold, List<Predicted> predicted) {
    return score(gold, predicted, false);
  }

  /**
   * The strict variant: the full code must be the expected one or an alternative, and participants are
   * "COUNTRY/ROLE" with the expected role possibly "A|B" (either accepted).
   */
  public static Counts scoreStrict(List<Gold> gold, List<Predicted> predicted) {
    return score(gold, predicted, true);
  }

  private static boolean participant(@Nullable String expected, @Nullable String predicted, boolean strict) {
    if (!strict || expected == null || predicted == null) return Objects.equals(expected, predicted);
    int a = expected.indexOf('/');
    int b = predicted.indexOf('/');
    if (a < 0 || b < 0) return expected.equals(predicted);
    if (!expected.substring(0, a).equals(predicted.substring(0, b))) return false;
    return List.of(expected.substring(a + 1).split("\\|")).contains(predicted.substring(b + 1));
  }

  private static Counts score(List<Gold> gold, List<Predicted> predicted, boolean strict) {
    record Cand(int gold, int pred, int rank) {}
    List<Cand> cands = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      Gold ge = gold.get(g);
      for (int p = 0; p < predicted.size(); p++) {
        Predicted pe = predicted.get(p);
        if (!participant(ge.source(), pe.source(), strict) || !participant(ge.target(), pe.target(), strict)) continue;
        String root = pe.cameo().length() >= 2 ? pe.cameo().substring(0, 2) : "";
        int rank;
        if (ge.cameo().equals(pe.cameo())) rank = 0;
        else if (ge.cameo().startsWith(root)) rank = 1;
        else if (ge.alternatives().contains(pe.cameo())) rank = 2;
        else if (ge.alternatives().stream().anyMatch(a -> a.startsWith(root))) rank = 3;
        else continue;
        if (strict && rank % 2 == 1) continue; // root only is not enough
        cands.add(new Cand(g, p, (ge.required() ? 0 : 10) + rank));
      }
    }
    cands.sort(Comparator.comparingInt(Cand::rank).thenComparingInt(Cand::gold).thenComparingInt(Cand::pred));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[predicted.size()];
    int hits = 0;
    int neutral = 0;
    for (Cand c : cands) {
      if (goldUsed[c.gold()] || predUsed[c.pred()]) continue;
      goldUsed[c.gold()] = true;
      predUsed[c.pred()] = true;
      if (gold.get(c.gold()).required()) hits++;
      else neutral++;
    }
    int required = (int) gold.stream().filter(Gold::required).count();
    int fp = predicted.size() - hits - neutral;
    return new Counts(hits, fp, required, neutral);
  }
}
