package org.sitrep.source;

import org.sitrep.model.RawDocument;

/** Receives what a source reads: documents, and the inputs that gave none, with the reason. */
public interface DocumentSink {
  /** A document was read. */
  void document(RawDocument document);

  /** An input (or part of one) gave no document. {@code skipped} means deliberately, not by error. */
  void unreadable(String source, String name, boolean skipped, String reason);

  /** A link to a page the store already has: not fetched. */
  default void known(String source, String name) {}
}
