package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;

/**
 * Opening a store's file: for writing (created if needed, WAL, Flyway migrations, transactions that take the
 * write lock when they begin) or for reading (read-only, no migration check beyond one query, immutable when
 * nothing beside the file can be written). A file that is not a Sitrep store is refused by name.
 */
final class StoreOpening {
  private StoreOpening() {}

  /**
   * A read-only connection to an existing store, or null when its schema is older and the file can be written
   * (the caller then opens it for writing, which migrates it); an older read-only store is refused.
   */
  static @Nullable Connection forReading(Path file, long waitMs) {
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, waitMs));
    Connection c = null;
    try {
      try {
        c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        schemaVersion(c, file); // a read-only WAL store in a folder we cannot write fails here
      } catch (SQLException e) {
        if (c != null) c.close();
        if (!String.valueOf(e.getMessage()).contains("CANTOPEN") && !String.valueOf(e.getMessage()).contains("unable to open")) {
          throw e;
        }
        // nothing can create the -shm file beside it: read the file as it is, unchanging
        c = config.createConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1");
      }
      int version = schemaVersion(c, file);
      if (version < SqliteStore.SCHEMA_VERSION) {
        c.close();
        if (Files.isWritable(file)) return null;
        throw new StoreException("the store " + file + " was written by an older Sitrep (schema " + version + " of "
            + SqliteStore.SCHEMA_VERSION + ") and is read-only; run any command that writes (e.g. 'sitrep ingest') once with write access");
      }
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      throw SqliteStore.translate(file, "read", e, waitMs);
    }
  }

  /** The schema version a store's migration history reaches; refuses SQLite files that are not stores. */
  private static int schemaVersion(Connection c, Path file) throws SQLException {
    try (Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'flyway_schema_history'")) {
        if (!r.next() || r.getInt(1) == 0) {
          boolean empty;
          try (ResultSet t = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master")) {
            empty = t.next() && t.getInt(1) == 0;
          }
          throw new StoreException(file + (empty ? " is an empty file, not a Sitrep store"
              : " is an SQLite database, but not a Sitrep store (it has tables of its own); give another --db"));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  /** Opens (creating and migrating when needed) the store at {@code file}, waiting up to {@code lockWait} for locks. */
  static Connection forWriting(Path file, long waitMs) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the folder for the store " + file + ": " + e.getMessage(), e);
    }
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new StoreException("the store " + file + " is read-only; this command writes to it (reading commands"
          + " such as search, events, stats and export do not need write access)");
    }
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    try {
      // A writer's transactions take the write lock when they begin (waiting for it up to the busy
      // timeout), not when their first write comes: a read transaction upgraded later fails at once with
      // SQLITE_BUSY when another process has written meanwhile, however long the timeout.
      org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
      config.setTransactionMode(org.sqlite.SQLiteConfig.TransactionMode.IMMEDIATE);
      config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, waitMs));
      Connection c = config.createConnection(url);
      if (Files.size(file) > 0) {
        try {
          schemaVersion(c, file);
        } catch (StoreException | SQLException e) {
          c.close();
          throw e;
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + waitMs);
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL");
        s.execute("PRAGMA foreign_keys = ON");
        // SQLite's default page cache is 2 MB; a store of 100,000 articles is ~1 GB, and its
        // indexes (URLs, hashes, LSH bands, story terms) are read at random on every put.
        s.execute("PRAGMA cache_size = -65536");
        s.execute("PRAGMA mmap_size = 268435456");
        s.execute("PRAGMA temp_store = MEMORY");
      }
      Flyway.configure()
          .dataSource(url + "?busy_timeout=" + waitMs, null, null)
          .locations("classpath:db/migration")
          .loggers("slf4j")
          .load()
          .migrate();
      c.setAutoCommit(false);
      return c;
    } catch (IOException e) {
      throw new StoreException("cannot read the store " + file + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw SqliteStore.translate(file, "open", e, waitMs);
    } catch (FlywayException e) {
      Throwable cause = e.getCause() instanceof SQLException sql ? sql : e;
      if (cause instanceof SQLException sql) {
        throw SqliteStore.translate(file, "migrate", sql, waitMs);
      }
      throw new StoreException("cannot migrate the store " + file + ": " + e.getMessage(), e);
    }
  }

}
