package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

/** Input of any size: a sentence is a body, and a page's declared articleBody stands in for a missing one. */
class ShortInputTest {
  private final ArticleExtractor extractor = ArticleExtractor.withDefaults();

  private Article read(String content, RawDocument.Format format) throws ExtractionException {
    return extractor.extract(RawDocument.of("t", "t", content.getBytes(StandardCharsets.UTF_8), format));
  }

  @Test
  void one_short_sentence_of_text_is_the_body_in_english() throws Exception {
    Article a = read("Chile expelled two Bolivian diplomats on Monday.\n", RawDocument.Format.TEXT);
    assertThat(a.paragraphs()).containsExactly("Chile expelled two Bolivian diplomats on Monday.");
    assertThat(a.title()).isNull();
    assertThat(a.language()).isEqualTo("en");
  }

  @Test
  void two_short_paragraphs_of_text_are_the_body() throws Exception {
    Article a = read("Peru closed its border with Ecuador.\n\nThe decision takes effect at midnight.\n",
        RawDocument.Format.TEXT);
    assertThat(a.paragraphs()).containsExactly("Peru closed its border with Ecuador.", "The decision takes effect at midnight.");
  }

  @Test
  void a_headline_without_a_full_stop_is_not_taken_for_a_body() throws Exception {
    Article a = read("Markets close higher\n", RawDocument.Format.TEXT);
    assertThat(a.paragraphs()).isEmpty();
  }

  @Test
  void a_small_html_page_with_one_sentence_has_that_sentence_as_its_body() throws Exception {
    Article a = read("<html><head><title>Envoy</title></head><body><p>Ghana recalled its envoy from Togo.</p></body></html>",
        RawDocument.Format.HTML);
    assertThat(a.paragraphs()).containsExactly("Ghana recalled its envoy from Togo.");
    assertThat(a.title()).isEqualTo("Envoy");
  }

  @Test
  void json_ld_article_body_replaces_a_visible_body_that_is_only_a_caption() throws Exception {
    String body = "The finance ministers of the region met in Quito on Thursday to discuss a common fund.\\n"
        + "They agreed to meet again in March, after each government has consulted its parliament on the plan.\\n"
        + "Observers said the agreement was the first of its kind since the currency crisis two years ago.";
    String html = "<html><head><title>Ministers meet</title><script type=\"application/ld+json\">"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Ministers meet\",\"articleBody\":\"" + body + "\"}</script></head>"
        + "<body><figure><img src=\"a.jpg\"><figcaption>The ministers before their meeting in Quito.</figcaption></figure>"
        + "</body></html>";
    Article a = read(html, RawDocument.Format.HTML);
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.paragraphs().get(0)).startsWith("The finance ministers of the region met in Quito");
    assertThat(a.warnings()).anyMatch(w -> w.contains("JSON-LD articleBody"));
  }

  @Test
  void json_ld_article_body_does_not_replace_a_full_visible_body() throws Exception {
    String para = "The finance ministers of the region met in Quito on Thursday to discuss a common fund for emergencies.";
    String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"Short.\"}"
        + "</script></head><body><article><p>" + para + "</p><p>" + para.replace("Thursday", "Friday") + "</p><p>"
        + para.replace("Quito", "Lima") + "</p></article></body></html>";
    Article a = read(html, RawDocument.Format.HTML);
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.warnings()).noneMatch(w -> w.contains("JSON-LD"));
  }
}
