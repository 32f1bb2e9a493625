package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Outcome;

/** Bad input to the coding stage: it answers with a warning or a failed outcome, never a crash, in bounded time. */
class CodingBadInputTest {

  @Test
  void non_english_articles_get_their_language_and_no_events() {
    Article fr = new Article("fr.txt", null, null, null, List.of(), "2024-06-14", null, null, "fr",
        List.of("La Russie a accusé l'Ukraine d'avoir attaqué un dépôt de carburant, a déclaré le Kremlin lundi."), List.of());
    CodedArticle c = Coders.shared().code(fr);
    assertThat(c.events()).isEmpty();
    assertThat(c.actors()).isEmpty();
    assertThat(c.article().language()).isEqualTo("fr");
    assertThat(c.warnings()).anyMatch(w -> w.contains("not English"));
  }

  @Test
  void over_long_sentences_are_skipped_with_a_warning() {
    StringBuilder run = new StringBuilder("Russia attacked Ukraine");
    for (int i = 0; i < 400; i++) run.append(", and the talks went on");
    run.append(".");
    Article a = Coders.article("long.txt", "2024-06-14",
        List.of(run.toString(), "Poland expelled a Belarusian diplomat on Friday."));
    CodedArticle c = Coders.shared().code(a);
    assertThat(c.warnings()).anyMatch(w -> w.contains("tokens (cap 150): skipped"));
    assertThat(c.events()).extracting(e -> e.source().actor().country() + ">" + e.target().actor().country())
        .containsExactly("POL>BLR");
  }

  @Test
  void empty_and_blank_articles_code_to_nothing() {
    assertThat(Coders.shared().code(Coders.article("empty.txt", "2024-06-14", List.of())).events()).isEmpty();
    assertThat(Coders.shared().code(Coders.article("blank.txt", null, List.of("   "))).events()).isEmpty();
  }

  @Test
  void huge_articles_are_cut_at_the_character_cap_in_bounded_time() {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      paragraphs.add("Officials met in the capital on Tuesday to discuss the budget for the coming year, paragraph " + i + ".");
    }
    long start = System.nanoTime();
    CodedArticle c = Coders.shared().code(Coders.article("huge.txt", "2024-06-14", paragraphs));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(c.warnings()).anyMatch(w -> w.contains("coding.maxChars"));
    assertThat(c.article().paragraphs()).hasSize(4000); // the article itself is kept whole
    assertThat(took).isLessThan(Duration.ofSeconds(120));
  }

  @Test
  void garbage_text_does_not_crash_and_a_failure_is_an_outcome() {
    Article junk = Coders.article("junk.txt", "not a date", List.of("\u0000\u0001 ))(( “ ” \" \" ' ' --- ??? !!! " + "x".repeat(5000)));
    Outcome o = Coders.shared().process(Outcome.processed("junk", junk));
    assertThat(o.status()).isIn(Outcome.Status.PROCESSED, Outcome.Status.FAILED);
    if (o.status() == Outcome.Status.FAILED) {
      assertThat(o.reason()).startsWith("coding failed:");
    }
    Outcome skipped = Outcome.skipped("x", "x", "empty");
    assertThat(Coders.shared().process(skipped)).isSameAs(skipped);
  }
}
