package org.sitrep.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.sitrep.store.SqliteStore;

/**
 * A few read-only connections to the store, one per request at a time: SQLite reads in WAL mode run side by
 * side, so pages do not queue behind one another (a connection itself is not shared between threads).
 */
final class Readers implements AutoCloseable {
  private final BlockingQueue<SqliteStore> idle;
  private final List<SqliteStore> all = new ArrayList<>();

  Readers(Path db, int connections) {
    idle = new ArrayBlockingQueue<>(connections);
    for (int i = 0; i < connections; i++) {
      SqliteStore s = SqliteStore.openForReading(db, Duration.ofSeconds(30));
      all.add(s);
      idle.add(s);
    }
  }

  /** Runs {@code read} on a free connection, waiting for one when all are busy. */
  <T> T with(Function<SqliteStore, T> read) {
    SqliteStore store;
    try {
      store = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a store connection", e);
    }
    try {
      return read.apply(store);
    } finally {
      idle.add(store);
    }
  }

  @Override
  public void close() {
    all.forEach(SqliteStore::close);
  }
}
