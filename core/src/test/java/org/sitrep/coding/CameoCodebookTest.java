package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedData;

/** The CAMEO table Sitrep ships, without any directory of reference tables. */
class CameoCodebookTest {
  private final CameoCodebook book = CameoCodebook.bundled();

  @Test
  void ships_every_code_of_the_manual_with_name_goldstein_and_plover() {
    assertThat(book.loaded()).isTrue();
    assertThat(book.source()).isEqualTo("bundled");
    assertThat(book.get("1723")).isEqualTo(
        new CameoCodebook.Code("1723", "Impose curfew", -5.0, 4, "COERCE"));
    assertThat(book.get("18").plover()).isEqualTo("ASSAULT");
    assertThat(book.get("08").plover()).as("08 heads two PLOVER sections").isNull();
    assertThat(book.get("161").name()).isEqualTo("Reduce or break diplomatic relations");
    assertThat(book.get("042").plover()).isEqualTo("CONSULT");
    assertThat(book.get("0874").plover()).isEqualTo("RETREAT"); // 08 split between CONCEDE and RETREAT
    assertThat(book.get("0811").plover()).isEqualTo("CONCEDE");
    assertThat(book.get("163").plover()).isEqualTo("COERCE");
    assertThat(book.get("020").plover()).as("PLOVER drops appeals").isNull();
    assertThat(book.get("1834").goldstein()).as("CAMEO 1.1b3 addition, never scored by GDELT").isNull();
    assertThat(book.get("1382").name()).isEqualTo("Threaten occupation"); // the conversion's "Threate n" repaired
  }

  @Test
  void an_empty_setting_means_the_bundled_table_and_a_bad_directory_falls_back_to_it() {
    assertThat(CameoCodebook.find("").source()).isEqualTo("bundled");
    assertThat(CameoCodebook.find("/nonexistent/reference").source()).isEqualTo("bundled");
  }

  @Test
  void every_lexicon_code_is_in_the_bundled_table() {
    assertThat(VerbLexicon.standard().codes()).allMatch(book::known);
  }

  @Test
  void agrees_with_the_reference_tables_code_for_code() throws Exception {
    CameoCodebook reference = CameoCodebook.load(SharedData.require("reference"));
    List<String> differ = new ArrayList<>();
    for (String code : reference.codes()) {
      CameoCodebook.Code ref = reference.get(code);
      CameoCodebook.Code ours = book.get(code);
      // the reference loader reads PLOVER only for listed codes and "all of NN" roots; roots 15-20 have neither
      boolean same = code.length() == 2
          ? ref.name().equals(ours.name()) && java.util.Objects.equals(ref.goldstein(), ours.goldstein())
              && ref.quadClass() == ours.quadClass()
          : ref.equals(ours);
      if (!same) differ.add(ref + " vs " + ours);
    }
    assertThat(differ).isEmpty();
    assertThat(book.codes()).containsExactlyInAnyOrderElementsOf(reference.codes());
  }
}
