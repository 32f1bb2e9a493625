package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedData;
import org.sitrep.actors.Gazetteer;

/** The hand-written lexicons use only codes the CAMEO reference tables define (skips without ../shared). */
class LexiconReferenceTest {

  @Test
  void every_verb_and_noun_pattern_codes_a_cameo_code_that_exists() throws Exception {
    CameoCodebook book = CameoCodebook.load(SharedData.require("reference"));
    List<String> unknown = VerbLexicon.standard().codes().stream().filter(c -> !book.known(c)).toList();
    assertThat(unknown).as("codes in verbs.tsv / nouns.tsv missing from cameo-events.tsv").isEmpty();
  }

  @Test
  void every_organisation_is_a_country_or_a_cameo_known_group() throws Exception {
    Path groups = SharedData.require("reference/cameo-knowngroups.tsv");
    Set<String> known = new HashSet<>();
    for (String line : Files.readAllLines(groups).subList(1, Files.readAllLines(groups).size())) {
      known.add(line.split("\t")[0]);
    }
    List<String> wrong = Gazetteer.standard().entries().stream()
        .filter(e -> e.kind() == Gazetteer.Kind.ORGANISATION && e.country() != null && Gazetteer.isKnownGroup(e.country()))
        .filter(e -> !known.contains(e.country()))
        .map(e -> e.name() + " " + e.country()).distinct().toList();
    assertThat(wrong).as("organisations.tsv codes that are neither ISO countries nor CAMEO known groups").isEmpty();
  }
}
