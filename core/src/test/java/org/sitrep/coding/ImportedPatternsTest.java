package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the converted PETRARCH-2 verb dictionary joins the hand-written patterns (BENCHMARKS.md has the measurements). */
class ImportedPatternsTest {
  private final VerbLexicon lexicon = VerbLexicon.standard();

  @Test
  void a_verb_verbs_tsv_does_not_list_is_coded_by_its_imported_patterns() {
    assertThat(lexicon.patterns("withhold"))
        .anySatisfy(p -> {
          assertThat(p.imported()).isTrue();
          assertThat(p.parts()).anySatisfy(part -> assertThat(part).contains("aid"));
          assertThat(p.code()).isEqualTo("162");
          assertThat(p.slots()).startsWith("to", "with", "against");
          assertThat(p.describe()).endsWith("(PETRARCH-2)");
        });
  }

  @Test
  void imported_patterns_never_code_a_bare_verb() {
    assertThat(lexicon.patterns("withhold")).noneMatch(p -> p.imported() && p.parts().isEmpty());
    assertThat(lexicon.patterns("take")).noneMatch(p -> p.imported() && p.parts().isEmpty());
  }

  @Test
  void a_verb_verbs_tsv_lists_keeps_only_the_hand_written_patterns() {
    assertThat(lexicon.patterns("disperse")).isNotEmpty().noneMatch(VerbLexicon.Pattern::imported);
    assertThat(lexicon.patterns("recall")).isNotEmpty().noneMatch(VerbLexicon.Pattern::imported);
  }

  @Test
  void verbs_that_frame_another_act_take_no_imported_patterns() {
    assertThat(lexicon.patterns("plan")).noneMatch(VerbLexicon.Pattern::imported);
    assertThat(lexicon.patterns("say")).noneMatch(VerbLexicon.Pattern::imported);
  }

  @Test
  void imported_acts_of_force_are_not_coded_in_sport() {
    assertThat(lexicon.patterns("bombard")).filteredOn(VerbLexicon.Pattern::imported)
        .allMatch(p -> p.code().equals(VerbLexicon.NO_EVENT) || p.code().compareTo("14") < 0 || p.has("contest"));
  }
}
