package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.StoredEvent;

/** Watchlists as the user writes them: rules read, mistakes named, events matched. */
class WatchlistTest {
  @TempDir Path dir;

  private Path file(String yaml) throws Exception {
    Path p = dir.resolve("w.yaml");
    Files.writeString(p, yaml);
    return p;
  }

  private static StoredEvent event(String src, String tgt, String cameo, String modality, double goldstein) {
    return new StoredEvent(1, null, src, "GOV", null, tgt, "GOV", cameo, cameo.substring(0, 2), null, goldstein,
        3, modality, null, "[]", "2024-06-14", "text", null, null, 1, 1, 1, "2024-06-14T00:00:00Z", "2024-06-14T00:00:00Z",
        List.of(), "evidence", "https://example.org/a");
  }

  @Test
  void rules_match_by_pair_code_range_and_modality() throws Exception {
    Watchlist w = Watchlist.read(file("""
        name: Korean peninsula
        rules:
          - name: Russia to North Korea, cooperation
            source: rus
            target: PRK
            cameo: ["03-08"]
          - name: Pressure on South Korea
            target: KOR
            cameo: ["13-20"]
            exclude_modality: [denied]
          - name: Trash balloons
            text: '"trash balloons"'
        """));
    assertThat(w.name()).isEqualTo("Korean peninsula");
    WatchRule coop = w.rules().get(0);
    assertThat(coop.matches(event("RUS", "PRK", "042", "planned", 1.9))).isTrue();
    assertThat(coop.matches(event("RUS", "PRK", "112", "happened", -2))).isFalse();
    assertThat(coop.matches(event("PRK", "RUS", "042", "happened", 1.9))).isFalse();
    WatchRule pressure = w.rules().get(1);
    assertThat(pressure.matches(event("PRK", "KOR", "138", "happened", -7))).isTrue();
    assertThat(pressure.matches(event("PRK", "KOR", "138", "denied", -7))).isFalse();
    assertThat(w.rules().get(2).watchesEvents()).isFalse();
    assertThat(w.rules().get(2).text()).isEqualTo("\"trash balloons\"");
  }

  @Test
  void mistakes_are_named_with_the_file_the_rule_and_the_field() throws Exception {
    assertThatThrownBy(() -> Watchlist.read(file("name: x\nrules:\n  - name: typo\n    soruce: RUS\n")))
        .hasMessageContaining("rule 1 'typo': unknown field 'soruce'");
    assertThatThrownBy(() -> Watchlist.read(file("rules:\n  - source: RUS\n    cameo: [visit]\n")))
        .hasMessageContaining("cameo 'visit' is not a code");
    assertThatThrownBy(() -> Watchlist.read(file("rules:\n  - source: RUS\n    modality: rumoured\n")))
        .hasMessageContaining("modality 'rumoured' is not one of");
    assertThatThrownBy(() -> Watchlist.read(file("rules:\n  - name: empty\n")))
        .hasMessageContaining("says nothing to watch for");
    assertThatThrownBy(() -> Watchlist.read(file("just text")))
        .hasMessageContaining("expected a 'name' and a list of 'rules'");
  }
}
