package org.sitrep.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.sitrep.store.SqliteStore;

/**
 * Pages as sent, kept until the store changes: each entry is filed under the store's data version (SQLite's
 * {@code PRAGMA data_version}, read on a connection of its own at every request), so a commit by any other process
 * (an ingest, an alert round, a silence) makes every older entry unreachable at once. Bounded in bytes; the
 * least used go first.
 */
final class PageCache implements AutoCloseable {
  private final SqliteStore watcher;
  private final Cache<String, byte[]> pages;

  PageCache(Path db, long maxBytes) {
    this.watcher = SqliteStore.openForReading(db, Duration.ofSeconds(30));
    this.pages = Caffeine.newBuilder().recordStats().maximumWeight(maxBytes).weigher((String k, byte[] v) -> k.length() + v.length).build();
  }

  /** The page for {@code key} at the store's current version, made with {@code make} if not kept. */
  byte[] get(String key, Supplier<byte[]> make) {
    long version;
    synchronized (watcher) {
      version = watcher.dataVersion();
    }
    return pages.get(version + "\n" + key, k -> make.get());
  }

  /** Requests served from the cache and made afresh, so far. */
  String stats() {
    var s = pages.stats();
    return String.format(java.util.Locale.ROOT, "%,d pages served kept, %,d made (%.0f %% kept)", s.hitCount(), s.missCount(),
        100 * s.hitRate());
  }

  @Override
  public void close() {
    synchronized (watcher) {
      watcher.close();
    }
  }
}
