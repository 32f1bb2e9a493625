package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;

/** A wire dateline opening a paragraph is a sentence of its own; capitals elsewhere are not datelines. */
class DatelinesTest {

  private static List<String> sentences(String... paragraphs) {
    Article a = new Article("dateline", null, null, null, List.of(), "2024-05-06", null, "Test Wire", "en",
        List.of(paragraphs), List.of());
    return TextAnalyzer.shared().analyze(a, 200).sentences().stream().map(Sentence::text).toList();
  }

  @Test
  void a_place_date_and_agency_before_a_dash_is_cut_off() {
    assertThat(sentences("LIMA, May 6 (Reuters) - Peru on Monday closed its border with Bolivia."))
        .containsExactly("LIMA, May 6 (Reuters) -", "Peru on Monday closed its border with Bolivia.");
  }

  @Test
  void a_place_in_capitals_before_a_colon_or_an_em_dash_is_cut_off() {
    assertThat(sentences("NEW DELHI: India expelled a Canadian diplomat on Tuesday."))
        .containsExactly("NEW DELHI:", "India expelled a Canadian diplomat on Tuesday.");
    assertThat(sentences("SAN JOSE, Calif. (AP) — Police arrested two men after a shooting downtown."))
        .containsExactly("SAN JOSE, Calif. (AP) —", "Police arrested two men after a shooting downtown.");
  }

  @Test
  void ordinary_openings_and_later_sentences_stay_whole() {
    assertThat(sentences("U.S. officials said on Monday that talks would resume - probably in Geneva."))
        .containsExactly("U.S. officials said on Monday that talks would resume - probably in Geneva.");
    assertThat(sentences("UN Secretary-General António Guterres — speaking in Nairobi — urged restraint."))
        .hasSize(1);
    assertThat(sentences("NASA said the three firms — Orbex, Skyrora and Astra — would each build a lander."))
        .hasSize(1);
    assertThat(sentences("Talks ended early. OSLO - the hosts were not consulted, one delegate said."))
        .hasSize(2).allMatch(s -> !s.equals("OSLO -"));
  }
}
