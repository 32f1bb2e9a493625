package org.sitrep.extract;

import org.sitrep.model.Outcome;

/**
 * Why a document gave no article. {@link #skipped()} means there was nothing to extract (empty,
 * binary, not an article); otherwise extraction failed. The message names the reason; callers add
 * the document's name.
 */
public final class ExtractionException extends Exception {
  private final Outcome.Status status;

  ExtractionException(Outcome.Status status, String reason) {
    super(reason);
    this.status = status;
  }

  static ExtractionException skip(String reason) {
    return new ExtractionException(Outcome.Status.SKIPPED, reason);
  }

  static ExtractionException fail(String reason) {
    return new ExtractionException(Outcome.Status.FAILED, reason);
  }

  /** SKIPPED or FAILED. */
  public Outcome.Status status() {
    return status;
  }

  public boolean skipped() {
    return status == Outcome.Status.SKIPPED;
  }
}
