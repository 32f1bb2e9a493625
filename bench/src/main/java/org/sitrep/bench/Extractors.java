package org.sitrep.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.model.RawDocument;

/** The systems the extraction benchmarks compare: Sitrep, Readability4J and boilerpipe. */
final class Extractors {
  private Extractors() {}

  static List<Extractor> all() {
    return List.of(sitrep(), readability4j(), boilerpipe());
  }

  static Extractor byName(String name) {
    return all().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown system " + name + "; known: sitrep, readability4j, boilerpipe"));
  }

  static Extractor sitrep() {
    ArticleExtractor extractor = ArticleExtractor.withDefaults().warmUp();
    return Extractor.of("sitrep", (html, url) -> extractor.extract(new RawDocument(url, "page", url,
        html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", RawDocument.Format.HTML, List.of())).text());
  }

  static Extractor readability4j() {
    return Extractor.of("readability4j", (html, url) -> new Readability4J(url, html).parse().getTextContent());
  }

  static Extractor boilerpipe() {
    return Extractor.of("boilerpipe", (html, url) -> de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(html));
  }
}
