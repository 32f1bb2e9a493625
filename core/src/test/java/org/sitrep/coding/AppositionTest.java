package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;
import org.sitrep.model.CodedArticle;

/** A title after a name and a comma describes the person; a plural there is the next clause's subject. */
class AppositionTest {

  private static List<String> mentions(String text) {
    CodedArticle coded = Coders.fresh().code(Coders.article("apposition", "2024-09-02", List.of(text)));
    return coded.actors().stream().map(ActorMention::mention).toList();
  }

  @Test
  void a_plural_after_a_name_is_not_the_persons_title() {
    assertThat(mentions("A Nevada man threatened to kill Rep. Maria Lopez, federal prosecutors said on Monday."))
        .contains("Rep. Maria Lopez", "federal prosecutors")
        .noneMatch(m -> m.contains("Lopez, federal"));
  }

  @Test
  void a_singular_title_after_a_name_still_describes_the_person() {
    assertThat(mentions("Kurt Volker, the former special envoy, testified on Tuesday."))
        .anyMatch(m -> m.startsWith("Kurt Volker") && m.contains("envoy"));
  }
}
