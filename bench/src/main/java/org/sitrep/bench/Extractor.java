package org.sitrep.bench;

/** One system under comparison: HTML in, body text out. Rivals sit behind this one adapter. */
interface Extractor {
  String name();

  String bodyText(String html, String url) throws Exception;

  /** What a system does with a page. */
  @FunctionalInterface
  interface Body {
    String of(String html, String url) throws Exception;
  }

  /** An adapter named {@code name} around {@code body}; a null body counts as empty. */
  static Extractor of(String name, Body body) {
    return new Extractor() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String bodyText(String html, String url) throws Exception {
        String text = body.of(html, url);
        return text == null ? "" : text;
      }
    };
  }
}
