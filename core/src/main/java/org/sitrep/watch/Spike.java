package org.sitrep.watch;

import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * A rule's spike: more of its events in the last {@code window} days than {@code factor} times its own
 * trailing average per window over the {@code baseline} days before, and at least {@code min} of them. A flat
 * series never fires; a series that jumps fires on the day it jumps (the caller records it, so once); a rule
 * with less than a baseline of history does not fire.
 *
 * @param count the rule's events in the window
 * @param baseline their average per window over the trailing days
 */
public record Spike(LocalDate day, int count, double baseline) {

  /** The rule's spike settings as the watchlist gives them ({@code spike: {window: 1, baseline: 7, factor: 3, min: 3}}). */
  public record Settings(int window, int baseline, double factor, int min) {
    public Settings {
      if (window < 1 || baseline < window || factor <= 1 || min < 1) {
        throw new IllegalArgumentException("spike: window ≥ 1 day, baseline ≥ window, factor > 1 and min ≥ 1");
      }
    }
  }

  /** The spike on {@code day} among {@code dates} (one per matching event), or null when there is none. */
  public static @Nullable Spike on(LocalDate day, Collection<LocalDate> dates, Settings s) {
    LocalDate windowStart = day.minusDays(s.window() - 1L);
    LocalDate baselineStart = windowStart.minusDays(s.baseline());
    int inWindow = 0;
    int inBaseline = 0;
    // without a full baseline of history (the rule's first days) there is nothing to rise above
    if (dates.stream().noneMatch(d -> !d.isAfter(baselineStart))) return null;
    for (LocalDate d : dates) {
      if (!d.isBefore(windowStart) && !d.isAfter(day)) inWindow++;
      else if (!d.isBefore(baselineStart) && d.isBefore(windowStart)) inBaseline++;
    }
    double perWindow = inBaseline * (double) s.window() / s.baseline();
    return inWindow >= s.min() && inWindow > s.factor() * perWindow ? new Spike(day, inWindow, perWindow) : null;
  }
}
