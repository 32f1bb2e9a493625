package org.sitrep.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.store.SourcePolls.Poll;

/**
 * A watched source gone quiet or failing, from its polls ({@code ingest --watch} records them): <b>silent</b> when
 * it has brought nothing new for more than {@code factor} times its usual interval (the median gap between its
 * polls that brought new documents, over at least three of them), <b>failing</b> when its last {@code failures}
 * polls all failed. {@code since} names the episode: one alert per silence, however many rounds it lasts.
 */
public record SourceSilence(String source, Kind kind, Instant since, Duration usual, String detail) {

  public enum Kind { SILENT, FAILING }

  /** The silences among every source's polls at {@code now}. */
  public static List<SourceSilence> find(Map<String, List<Poll>> polls, Instant now, double factor, int failures) {
    List<SourceSilence> out = new ArrayList<>();
    for (Map.Entry<String, List<Poll>> e : polls.entrySet()) {
      List<Poll> ps = e.getValue();
      if (failures > 0 && ps.size() >= failures && ps.subList(ps.size() - failures, ps.size()).stream().allMatch(p -> p.error() != null)) {
        int first = ps.size() - 1;
        while (first > 0 && ps.get(first - 1).error() != null) first--;
        Poll last = ps.get(ps.size() - 1);
        out.add(new SourceSilence(e.getKey(), Kind.FAILING, ps.get(first).at(), Duration.ZERO,
            (ps.size() - first) + " polls failed in a row, last: " + last.error()));
        continue;
      }
      List<Instant> fresh = ps.stream().filter(p -> p.error() == null && p.newDocuments() > 0).map(Poll::at).toList();
      if (fresh.size() < 3) continue; // no usual interval to be silent against yet
      List<Duration> gaps = new ArrayList<>();
      for (int i = 1; i < fresh.size(); i++) gaps.add(Duration.between(fresh.get(i - 1), fresh.get(i)));
      gaps.sort(null);
      Duration usual = gaps.get(gaps.size() / 2);
      Instant lastNew = fresh.get(fresh.size() - 1);
      Duration quiet = Duration.between(lastNew, now);
      if (!usual.isZero() && quiet.toMillis() > factor * usual.toMillis()) {
        out.add(new SourceSilence(e.getKey(), Kind.SILENT, lastNew, usual, "nothing new for " + human(quiet)
            + ", usually every " + human(usual)));
      }
    }
    return out;
  }

  static String human(Duration d) {
    long m = d.toMinutes();
    return m < 120 ? m + " min" : m < 48 * 60 ? Math.round(m / 60.0) + " h" : Math.round(m / 1440.0) + " days";
  }
}
