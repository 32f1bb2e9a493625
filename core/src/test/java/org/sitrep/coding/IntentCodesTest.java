package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;

/**
 * An offer, pledge or agreement to act is coded with the CAMEO 03 sub-code of the act it governs
 * ({@code intent-codes.tsv}), the act itself as planned.
 */
class IntentCodesTest {

  private static List<String> codes(String text) {
    CodedArticle coded = Coders.fresh().code(Coders.article("intent", "2024-09-02", List.of(text)));
    return coded.events().stream().map(e -> e.cameo() + " " + e.modality()).toList();
  }

  @Test
  void an_offer_to_mediate_is_an_intent_to_mediate() {
    assertThat(codes("Kenya offered to mediate between Ethiopia and the Tigrayan forces."))
        .contains("039 " + Event.Modality.HAPPENED, "045 " + Event.Modality.PLANNED);
  }

  @Test
  void an_agreement_to_ease_restrictions_is_an_intent_to_ease_sanctions() {
    assertThat(codes("Tokyo agreed to relax its curbs on South Korean chemical exports."))
        .contains("0351 " + Event.Modality.HAPPENED);
  }

  @Test
  void a_promise_to_free_prisoners_is_an_intent_to_release_them() {
    assertThat(codes("The Belarusian government promised to free two Lithuanian journalists before the holidays."))
        .contains("0353 " + Event.Modality.HAPPENED);
  }

  @Test
  void an_intent_to_do_something_uncooperative_stays_general() {
    assertThat(FrameWords.intentCode("173", "030")).isEqualTo("030");
    assertThat(FrameWords.intentCode("0874", "030")).isEqualTo("0356");
  }

  @Test
  void a_vow_or_threat_of_a_hostile_act_is_a_threat_of_that_kind() {
    assertThat(codes("Iran vowed to strike Israeli bases in response.")).contains("1384 " + Event.Modality.HAPPENED);
    assertThat(codes("Moscow threatened to expel the Dutch diplomats.")).contains("1313 " + Event.Modality.HAPPENED);
    // an agreement to act against someone is no threat, and a threat of a cooperative act stays a threat
    assertThat(codes("Tokyo agreed to expel the North Korean diplomats.")).noneMatch(c -> c.startsWith("13"));
    assertThat(FrameWords.intentCode("042", "130", false, true)).isEqualTo("130");
  }
}
