package org.sitrep.bench;

/** One system under comparison: HTML in, body text out. Rivals sit behind this one adapter. */
interface Extractor {
  String name();

  String bodyText(String html, String url) throws Exception;
}
