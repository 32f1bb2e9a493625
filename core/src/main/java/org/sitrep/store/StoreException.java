package org.sitrep.store;

/** The store cannot do what was asked: the file is locked, read-only, corrupt, or the query is bad. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
