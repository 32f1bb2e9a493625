package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

/** Scraped texts of our own in layouts other than the seed's, so the reader is not fitted to one page. */
class TextLayoutsTest {
  private final ArticleExtractor extractor = ArticleExtractor.withDefaults();

  private Article read(String fixture) throws IOException, ExtractionException {
    try (InputStream in = getClass().getResourceAsStream("/text/" + fixture)) {
      return extractor.extract(RawDocument.of(fixture, fixture, in.readAllBytes(), RawDocument.Format.TEXT));
    }
  }

  @Test
  void byline_after_the_body_and_a_uk_dateline() throws Exception {
    Article a = read("byline-after-body.txt");
    assertThat(a.title()).isEqualTo("Port workers in Valdria end three-day strike after wage deal");
    assertThat(a.standfirst()).isEqualTo("Union says agreement covers 4,000 dock staff and takes effect next month");
    assertThat(a.published()).isEqualTo("2025-03-03T14:20:00+00:00");
    assertThat(a.authors()).containsExactly("Anna Kowalski");
    assertThat(a.paragraphs()).hasSize(4);
    assertThat(a.paragraphs().get(0)).startsWith("Dock workers at the port");
    assertThat(a.text()).doesNotContain("Share this article").doesNotContain("Anna Kowalski");
  }

  @Test
  void no_standfirst_two_authors_and_a_us_dateline() throws Exception {
    Article a = read("no-standfirst-us-date.txt");
    assertThat(a.title()).isEqualTo("City council approves new budget after late-night session");
    assertThat(a.standfirst()).isNull();
    assertThat(a.authors()).containsExactly("James Okafor", "Priya Raman");
    // 2:20 p.m. Eastern on 3 March 2025 is standard time, UTC-5.
    assertThat(a.published()).isEqualTo("2025-03-03T14:20:00-05:00");
    assertThat(a.paragraphs()).hasSize(4);
    assertThat(a.text()).doesNotContain("newsletter");
  }

  @Test
  void several_appeals_and_a_read_more_line_are_dropped() throws Exception {
    Article a = read("several-appeals.txt");
    assertThat(a.title()).isEqualTo("Flooding forces thousands from homes along the Sava river");
    assertThat(a.standfirst()).isEqualTo("Emergency services warn more rain is expected over the weekend");
    assertThat(a.authors()).containsExactly("Marta Horvat");
    assertThat(a.published()).isEqualTo("2024-09-12T18:05:00+01:00");
    assertThat(a.paragraphs()).containsExactly(
        "Rising water forced more than 3,000 people to leave their homes along the Sava river on Thursday, as emergency crews built sandbag walls around two villages.",
        "Officials said the river had risen by almost two metres in 24 hours after days of heavy rain in the hills upstream.",
        "\"We have never seen the water come up this fast,\" said a farmer who had moved his cattle to higher ground overnight.",
        "The national weather service said another 80 millimetres of rain could fall by Sunday.");
  }

  @Test
  void a_short_last_sentence_is_the_body_s_last_paragraph_and_the_trailer_still_goes() throws Exception {
    Article a = read("short-last-paragraph.txt");
    assertThat(a.title()).isEqualTo("Fishermen rescued after two days adrift off the Azores");
    assertThat(a.authors()).containsExactly("Rui Mendes");
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.paragraphs().get(2)).isEqualTo("The trawler sank shortly afterwards.");
    assertThat(a.text()).doesNotContain("Share this article").doesNotContain("newsletter");
  }

  @Test
  void a_short_lede_after_the_headline_opens_the_body() throws Exception {
    Article a = read("short-lede.txt");
    assertThat(a.title()).isEqualTo("Lisbon court jails former mayor for fraud");
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.paragraphs().get(0)).isEqualTo("A Lisbon court jailed a former mayor.");
    assertThat(a.text()).doesNotContain("Skip to content");
  }

  @Test
  void hard_wrapped_paragraphs_are_joined() throws Exception {
    Article a = read("hard-wrapped.txt");
    assertThat(a.authors()).containsExactly("Lena Fischer");
    assertThat(a.published()).isEqualTo("2023-08-02");
    assertThat(a.paragraphs()).hasSize(4);
    assertThat(a.paragraphs().get(0)).startsWith("Farmers across the southern plains").endsWith("across the region.");
  }

  @Test
  void numeric_dates_read_day_first_outside_north_america() throws Exception {
    Article a = read("numeric-uk-date.txt");
    assertThat(a.published()).isEqualTo("2025-03-05T09:10:00");
    assertThat(a.standfirst()).isNull();
    assertThat(a.paragraphs()).hasSize(3);
  }

  @Test
  void navigation_lines_before_the_headline_are_not_the_title() throws Exception {
    Article a = read("navigation-first.txt");
    assertThat(a.title()).isEqualTo("Ministers agree new rules on fishing quotas after all-night talks");
    assertThat(a.standfirst()).isNull();
    assertThat(a.authors()).containsExactly("Sofia Lindgren");
    assertThat(a.published()).isEqualTo("2024-10-21T06:15:00+02:00");
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.text()).doesNotContain("Related").doesNotContain("Most read");
  }
}
