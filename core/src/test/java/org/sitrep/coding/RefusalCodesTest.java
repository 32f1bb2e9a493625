package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CodedArticle;

/**
 * A refusal to act is coded with the CAMEO 12 sub-code of the act it governs ({@code refusal-codes.tsv}), and
 * the refused act is not coded at all.
 */
class RefusalCodesTest {

  private static List<String> codes(String text) {
    CodedArticle coded = Coders.fresh().code(Coders.article("refusal", "2024-09-02", List.of(text)));
    return coded.events().stream().map(e -> e.cameo()).toList();
  }

  @Test
  void a_refusal_to_free_someone_is_a_refusal_to_release_and_no_release() {
    assertThat(codes("Tehran refused to free the two detained Danish sailors.")).containsExactly("1243");
  }

  @Test
  void a_refusal_to_meet_rejects_a_meeting() {
    assertThat(codes("Armenia declined to meet the Azerbaijani negotiators in Moscow.")).containsExactly("125");
  }

  @Test
  void refusals_follow_the_codebook_and_default_to_reject() {
    assertThat(FrameWords.refusalCode("0874")).isEqualTo("1246");
    assertThat(FrameWords.refusalCode("061")).isEqualTo("1211");
    assertThat(FrameWords.refusalCode("010")).isEqualTo("011");
    assertThat(FrameWords.refusalCode("173")).isEqualTo("120");
  }
}
