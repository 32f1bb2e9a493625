package org.sitrep.extract;

/** A time budget for one document, checked cooperatively in the extractor's loops. */
record Deadline(long limitMillis, long endNanos) {
  static Deadline in(long millis) {
    return new Deadline(millis, System.nanoTime() + millis * 1_000_000L);
  }

  boolean passed() {
    return System.nanoTime() - endNanos > 0;
  }
}
