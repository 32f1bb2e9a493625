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
  void an_imported_verb_is_coded_alone_only_as_the_synonym_of_a_listed_verb_with_the_same_code() {
    // "confine" shares PETRARCH-2's block and its code 173 with "detain", which verbs.tsv codes alone
    assertThat(lexicon.patterns("confine")).anySatisfy(p -> {
      assertThat(p.imported()).isTrue();
      assertThat(p.parts()).isEmpty();
      assertThat(p.code()).isEqualTo("173");
      assertThat(p.slots()).isEqualTo(lexicon.patterns("detain").get(0).slots());
    });
    // a verb verbs.tsv lists itself keeps only its own rows: "apprehend" (whose PETRARCH-2 block also holds seizing
    // territory, 192) is an arrest
    assertThat(lexicon.patterns("apprehend")).allSatisfy(p -> assertThat(p.imported()).isFalse());
    // "take" is in the same block as "seize", but it is a common verb of many senses
    assertThat(lexicon.patterns("take")).noneMatch(p -> p.imported() && p.parts().isEmpty());
    // "capture" is coded 171 by the block, "arrest" 173: not the same code, so no bare pattern from "arrest"
    assertThat(lexicon.patterns("capture")).noneMatch(p -> p.imported() && p.parts().isEmpty() && p.code().equals("173"));
    // a bare verb of saying is never imported ("describe" beside "inform")
    assertThat(lexicon.patterns("describe")).noneMatch(p -> p.imported() && p.parts().isEmpty());
  }

  @Test
  void a_verb_verbs_tsv_codes_alone_keeps_only_the_hand_written_patterns() {
    assertThat(lexicon.patterns("disperse")).isNotEmpty().noneMatch(VerbLexicon.Pattern::imported);
  }

  @Test
  void a_verb_verbs_tsv_lists_only_with_its_object_takes_imported_patterns_after_its_own() {
    // "recall+ambassador" is hand-written; "recalled its troops from the border" comes from the dictionary
    var recall = lexicon.patterns("recall");
    assertThat(recall).isNotEmpty();
    assertThat(recall.get(0).imported()).isFalse();
    assertThat(recall).anyMatch(VerbLexicon.Pattern::imported);
    int firstImported = recall.indexOf(recall.stream().filter(VerbLexicon.Pattern::imported).findFirst().orElseThrow());
    assertThat(recall.subList(firstImported, recall.size())).allMatch(VerbLexicon.Pattern::imported);
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
