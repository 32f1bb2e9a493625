package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A synthetic series with a known spike fires on that day only; a flat series never fires. */
class SpikeTest {
  private static final Spike.Settings DAILY = new Spike.Settings(1, 7, 3, 3);
  private static final LocalDate START = LocalDate.of(2024, 6, 1);

  private static List<LocalDate> series(int... perDay) {
    List<LocalDate> out = new ArrayList<>();
    for (int i = 0; i < perDay.length; i++) {
      for (int k = 0; k < perDay[i]; k++) out.add(START.plusDays(i));
    }
    return out;
  }

  @Test
  void a_known_spike_fires_on_its_day_only() {
    // two a day for ten days, then eleven on day 10, then two again
    List<LocalDate> dates = series(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 11, 2, 2, 2);
    List<LocalDate> fired = new ArrayList<>();
    for (int d = 0; d < 14; d++) {
      Spike s = Spike.on(START.plusDays(d), dates, DAILY);
      if (s != null) fired.add(s.day());
    }
    assertThat(fired).containsExactly(START.plusDays(10));
    Spike s = Spike.on(START.plusDays(10), dates, DAILY);
    assertThat(s.count()).isEqualTo(11);
    assertThat(s.baseline()).isEqualTo(2.0);
  }

  @Test
  void a_flat_series_never_fires_and_a_quiet_rule_needs_its_minimum() {
    List<LocalDate> flat = series(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
    for (int d = 0; d < 14; d++) assertThat(Spike.on(START.plusDays(d), flat, DAILY)).isNull();
    // from nothing to two is more than three times nothing, but two is under the minimum of three
    List<LocalDate> quiet = series(1, 0, 0, 0, 0, 0, 0, 0, 0, 2);
    assertThat(Spike.on(START.plusDays(9), quiet, DAILY)).isNull();
    // and a rule's first days have no baseline to rise above
    assertThat(Spike.on(START, series(9), DAILY)).isNull();
  }
}
