package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;
import org.sitrep.model.CodedArticle;

/** A party named in full is then called by the words before "Party", or their plural. */
class PartyShortNamesTest {

  private static Optional<ActorMention> mention(List<String> paragraphs, String words) {
    CodedArticle coded = Coders.fresh().code(Coders.article("party-short-names", "2024-10-14", paragraphs));
    return coded.actors().stream().filter(m -> m.mention().equals(words)).findFirst();
  }

  @Test
  void the_plural_of_a_named_party_is_that_party() {
    List<String> story = List.of(
        "The Liberal Party lost its majority in the Canadian election on Monday.",
        "The Liberals will now need the support of smaller parties.");
    assertThat(mention(story, "Liberals")).hasValueSatisfying(m -> {
      assertThat(m.actor().name()).isEqualTo("Liberal Party");
      assertThat(m.actor().country()).isEqualTo("CAN");
      assertThat(m.rule()).isEqualTo("party short name");
    });
  }

  @Test
  void the_words_of_the_party_name_are_those_right_before_party() {
    List<String> story = List.of(
        "Norway's Conservative Party lost its majority in the election on Monday.",
        "The Conservatives will now need the support of smaller parties.");
    assertThat(mention(story, "Conservatives")).hasValueSatisfying(m -> assertThat(m.actor().country()).isEqualTo("NOR"));
  }

  @Test
  void a_longer_short_name_replaces_a_shorter_organisation_inside_it() {
    // "Democrats" alone is read as the US party; inside "Christian Democrats" of a German party it is not
    List<String> story = List.of(
        "The Christian Democratic Party chose a new leader in Berlin on Saturday.",
        "The Christian Democrats had governed Germany for sixteen years.");
    assertThat(mention(story, "Christian Democrats")).hasValueSatisfying(m -> assertThat(m.actor().country()).isEqualTo("DEU"));
    assertThat(mention(story, "Democrats")).isEmpty();
  }

  @Test
  void the_bare_words_as_a_modifier_are_not_the_party() {
    List<String> story = List.of(
        "The Liberal Party lost its majority in the Canadian election on Monday.",
        "Liberal strategists blamed the economy.");
    assertThat(mention(story, "Liberal")).isEmpty();
  }
}
