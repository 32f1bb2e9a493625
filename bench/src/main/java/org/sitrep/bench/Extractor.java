package org.sitrep.bench;

/**
 * One system under comparison: a page's bytes in (as read from disk), body text out. Rivals sit
 * behind this one adapter; those that take only a String decode the bytes as UTF-8 inside the timing,
 * as their users must.
 */
interface Extractor {
  String name();

  String bodyText(byte[] page, String url) throws Exception;

  /** What a system does with a page. */
  @FunctionalInterface
  interface Body {
    String of(byte[] page, String url) throws Exception;
  }

  /** An adapter named {@code name} around {@code body}; a null body counts as empty. */
  static Extractor of(String name, Body body) {
    return new Extractor() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String bodyText(byte[] page, String url) throws Exception {
        String text = body.of(page, url);
        return text == null ? "" : text;
      }
    };
  }
}
