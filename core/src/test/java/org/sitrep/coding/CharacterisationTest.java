package org.sitrep.coding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedData;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.format.CodedJson;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.RawDocument;

/**
 * The coder's whole output — actors, quotes, dates, events with their rules — for every development text
 * and for the seed article, compared line by line with committed golden files. It guards restructuring:
 * a change meant to move code must leave every line as it was. A change meant to alter behaviour
 * regenerates the files ({@code SITREP_UPDATE_GOLDEN=1 ./mvnw -pl core test -Dtest=CharacterisationTest})
 * and the diff of the golden files is reviewed with the change.
 *
 * <p>Fields that come from the CAMEO reference tables (names, Goldstein, PLOVER), and the warning that they
 * were not found, are left out: they depend on where the tables are found, not on the coder.
 */
class CharacterisationTest {
  private static final Path GOLDEN = Path.of("src/test/resources/coding");

  private static String normalised(CodedArticle c) {
    ObjectNode tree = CodedJson.toTree(c);
    tree.remove("article");
    for (JsonNode e : tree.withArray("events")) {
      ((ObjectNode) e).remove(List.of("name", "plover", "goldstein", "quadClass"));
    }
    // whether the reference tables were found is the environment's, not the coder's
    var warnings = tree.withArray("warnings");
    for (int i = warnings.size() - 1; i >= 0; i--) {
      if (warnings.get(i).asText().contains("CAMEO reference tables")) warnings.remove(i);
    }
    return tree.toString();
  }

  private static void compare(String file, List<String> lines) throws IOException {
    String actual = String.join("\n", lines) + "\n";
    if (System.getenv("SITREP_UPDATE_GOLDEN") != null) {
      Files.writeString(GOLDEN.resolve(file), actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (InputStream in = CharacterisationTest.class.getResourceAsStream("/coding/" + file)) {
      assertThat(in).as("golden file " + file + " (create it with SITREP_UPDATE_GOLDEN=1)").isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> want = List.of(expected.split("\n"));
    assertThat(lines).as("lines of " + file).hasSameSizeAs(want);
    for (int i = 0; i < want.size(); i++) {
      assertThat(lines.get(i)).as(file + " line " + (i + 1)).isEqualTo(want.get(i));
    }
  }

  @Test
  void development_texts_are_coded_as_the_golden_file_says() throws IOException {
    List<String> lines = new ArrayList<>();
    for (CodingDevSetTest.Case c : CodingDevSetTest.cases()) {
      CodedArticle coded = Coders.fresh().code(Coders.article(c.id(), c.published(), c.paragraphs()));
      lines.add(c.id() + "\t" + normalised(coded));
    }
    compare("characterisation-dev.jsonl", lines);
  }

  @Test
  void the_seed_article_is_coded_as_the_golden_file_says() throws Exception {
    Path dir = SharedData.require("examples");
    Path file;
    try (var files = Files.list(dir)) {
      file = files.filter(p -> p.getFileName().toString().contains("putin-north-korea")).findFirst().orElseThrow();
    }
    RawDocument doc = RawDocument.of(file.toString(), "seed", Files.readAllBytes(file), RawDocument.Format.TEXT);
    CodedArticle coded = Coders.fresh().code(ArticleExtractor.withDefaults().extract(doc));
    compare("characterisation-seed.jsonl", List.of(normalised(coded)));
  }
}
