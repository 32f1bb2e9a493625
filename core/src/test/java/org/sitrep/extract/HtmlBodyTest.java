package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

/** The body of a page of our own with every common kind of furniture around and inside it. */
class HtmlBodyTest {
  @Test
  void keeps_the_story_and_drops_the_furniture() throws Exception {
    byte[] html;
    try (InputStream in = getClass().getResourceAsStream("/html/story-with-furniture.html")) {
      html = in.readAllBytes();
    }
    Article a = ArticleExtractor.withDefaults().extract(
        new RawDocument("story.html", "story", "https://example.com/story", html, null, RawDocument.Format.HTML, List.of()));
    assertThat(a.title()).isEqualTo("Ceasefire talks resume in Geneva");
    assertThat(a.site()).isEqualTo("The Example Times");
    assertThat(a.authors()).containsExactly("Elena Marsh");
    assertThat(a.paragraphs()).containsExactly(
        "Negotiators from both sides returned to Geneva on Monday for a third round of ceasefire talks, a week after the last round ended without agreement.",
        "The United Nations envoy said she hoped to agree on a line of contact and an exchange of prisoners before the end of the month.",
        "Prisoner exchange",
        "Officials familiar with the talks said the two delegations had exchanged lists of names but had not agreed on numbers.",
        "\"We are closer than we have been at any point this year,\" one diplomat said, speaking on condition of anonymity.",
        "The talks are expected to last until Thursday.");
  }
}
