package org.sitrep.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
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
    return Stream.concat(all().stream(), Stream.of(jsoupFloor())).filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown system " + name + "; known: sitrep, readability4j, boilerpipe, jsoup-parse"));
  }

  /**
   * Not a rival: jsoup's parse of the page and the text of its body, nothing else. Any extractor
   * built on jsoup (as Sitrep must be) costs at least this, so it bounds the speed-up any of them
   * can show over a peer.
   */
  static Extractor jsoupFloor() {
    return Extractor.of("jsoup-parse", (page, url) -> org.jsoup.Jsoup.parse(utf8(page), url).body().text());
  }

  static Extractor sitrep() {
    ArticleExtractor extractor = ArticleExtractor.withDefaults().warmUp();
    return Extractor.of("sitrep", (page, url) -> extractor.extract(new RawDocument(url, "page", url,
        page, "text/html; charset=utf-8", RawDocument.Format.HTML, List.of())).text());
  }

  /** The benchmark's pages are UTF-8; peers that take a String are given it decoded, in their timing. */
  private static String utf8(byte[] page) {
    return new String(page, StandardCharsets.UTF_8);
  }

  static Extractor readability4j() {
    return Extractor.of("readability4j", (page, url) -> new Readability4J(url, utf8(page)).parse().getTextContent());
  }

  static Extractor boilerpipe() {
    return Extractor.of("boilerpipe", (page, url) -> de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(utf8(page)));
  }
}
