package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedData;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

/** The first thing Sitrep must get right: the real scraped article in shared/examples. */
class SeedArticleTest {
  static Article article;

  @BeforeAll
  static void extract() throws Exception {
    Path seed = SharedData.require("examples/independent-2024-06-14-putin-north-korea.txt");
    article = ArticleExtractor.withDefaults().extract(
        RawDocument.of(seed.toString(), "seed", Files.readAllBytes(seed), RawDocument.Format.TEXT));
  }

  @Test
  void headline_standfirst_byline_and_dateline() {
    assertThat(article.title()).isEqualTo("South Korea and US hold emergency call over Putin’s likely visit to North Korea");
    assertThat(article.standfirst()).isEqualTo("Russian president reportedly visiting North Korea and Vietnam in coming weeks");
    assertThat(article.authors()).containsExactly("Maroosha Muzaffar");
    assertThat(article.published()).isEqualTo("2024-06-14T07:43:00-04:00");
    assertThat(article.language()).isEqualTo("en");
  }

  @Test
  void exactly_the_ten_body_paragraphs() {
    assertThat(article.paragraphs()).hasSize(10);
    assertThat(article.paragraphs().get(0)).startsWith("American and South Korean officials");
    assertThat(article.paragraphs().get(9)).endsWith("its Nato allies.");
  }

  @Test
  void glued_words_are_repaired() {
    assertThat(article.text()).contains("newspaper Vedomosti").doesNotContain("newspaperVedomosti");
  }

  @Test
  void no_furniture_survives() {
    assertThat(article.text())
        .doesNotContain("trash balloons")
        .doesNotContain("Your support")
        .doesNotContain("donation")
        .doesNotContain("The Independent is trusted")
        .doesNotContain("From reproductive rights")
        .doesNotContain("commenting forum")
        .doesNotContain("thought-provoking")
        .doesNotContain("registering")
        .doesNotContain("refresh");
    assertThat(article.paragraphs()).noneMatch(p -> p.equals("Comments"));
  }
}
