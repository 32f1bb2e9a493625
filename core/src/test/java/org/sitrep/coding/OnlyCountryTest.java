package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;
import org.sitrep.model.CodedArticle;

/** An article that names one country places the people it leaves unplaced there; one that names two does not. */
class OnlyCountryTest {

  private static ActorMention mention(List<String> paragraphs, String words) {
    CodedArticle coded = Coders.fresh().code(Coders.article("only-country", "2024-10-14", paragraphs));
    return coded.actors().stream().filter(m -> m.mention().equals(words)).findFirst().orElseThrow();
  }

  @Test
  void a_local_story_places_its_unplaced_people_in_its_only_country() {
    List<String> story = List.of(
        "Flooding closed two bridges in Porto on Sunday, the city council said.",
        "The river rose by almost three metres overnight.",
        "Engineers expect the water to recede by Wednesday.",
        "Residents piled sandbags along the quay.");
    assertThat(mention(story, "Residents").actor().country()).isEqualTo("PRT");
    assertThat(mention(story, "Residents").rule()).endsWith("+only country");
  }

  @Test
  void a_story_that_names_a_second_country_leaves_them_unplaced() {
    List<String> story = List.of(
        "Flooding closed two bridges in Porto on Sunday, the city council said.",
        "The river rose by almost three metres overnight, as it did in Spain last year.",
        "Engineers expect the water to recede by Wednesday.",
        "Residents piled sandbags along the quay.");
    assertThat(mention(story, "Residents").actor().country()).isNull();
  }
}
