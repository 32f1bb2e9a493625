package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Article;
import org.sitrep.model.RawDocument;

/** Title, authors, published time and language on pages in the metadata styles real sites use. */
class MetadataFixturesTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults();

  static Stream<Arguments> pages() throws IOException {
    JsonNode expected;
    try (InputStream in = MetadataFixturesTest.class.getResourceAsStream("/metadata/expected.json")) {
      expected = new ObjectMapper().readTree(in);
    }
    List<Arguments> out = new ArrayList<>();
    expected.fields().forEachRemaining(e -> out.add(Arguments.of(e.getKey(), e.getValue())));
    assertThat(out).hasSizeGreaterThanOrEqualTo(20);
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void reads_metadata(String page, JsonNode expected) throws Exception {
    byte[] html;
    try (InputStream in = getClass().getResourceAsStream("/metadata/" + page)) {
      html = in.readAllBytes();
    }
    Article a = EXTRACTOR.extract(new RawDocument(page, page, null, html, null, RawDocument.Format.HTML, List.of()));
    assertThat(a.title()).as("title").isEqualTo(expected.get("title").asText());
    List<String> authors = new ArrayList<>();
    expected.get("authors").forEach(n -> authors.add(n.asText()));
    assertThat(a.authors()).as("authors").containsExactlyElementsOf(authors);
    JsonNode published = expected.get("published");
    assertThat(a.published()).as("published").isEqualTo(published.isNull() ? null : published.asText());
    assertThat(a.language()).as("language").isEqualTo(expected.get("language").asText());
    assertThat(a.paragraphs()).as("body").hasSize(3);
  }
}
