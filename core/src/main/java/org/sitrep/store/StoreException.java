package org.sitrep.store;

/** The store cannot do what was asked: the file is locked, read-only, corrupt, or the query is bad. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }

  /** What an SQLite error means for the user: locked (and for how long we waited), read-only, not a store. */
  static StoreException of(java.nio.file.Path file, String doing, java.sql.SQLException e, long waitedMs) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
      return new StoreException("the store " + file + " is locked by another process (waited "
          + Math.round(waitedMs / 1000.0) + " s to " + doing + "); let the other run finish, wait longer with"
          + " --lock-wait SECONDS, or use another --db", e);
    }
    if (m.contains("SQLITE_READONLY") || m.contains("readonly")) {
      return new StoreException("the store " + file + " is read-only; Sitrep needs to write to it", e);
    }
    if (m.contains("SQLITE_NOTADB") || m.contains("not a database") || m.contains("SQLITE_CORRUPT")) {
      return new StoreException(file + " is not a Sitrep store (not an SQLite database, or corrupt)", e);
    }
    return new StoreException("store " + file + ": cannot " + doing + ": " + m, e);
  }}
