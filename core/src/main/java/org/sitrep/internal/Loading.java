package org.sitrep.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Something loading on a thread of its own (a model, a dictionary, a warmed-up extractor), joined when it is
 * needed. Not the common fork-join pool: on two cores that pool has one thread, and two loads sent to it would run
 * in turn.
 *
 * @param <T> what is loaded
 */
public final class Loading<T> {
  private final String what;
  private final Supplier<T> load;
  private final CompletableFuture<T> result = new CompletableFuture<>();
  private volatile boolean started;

  private Loading(String what, Supplier<T> load) {
    this.what = what;
    this.load = load;
  }

  /** Starts loading now, on a new daemon thread named after {@code what}. */
  public static <T> Loading<T> start(String what, Supplier<T> load) {
    Loading<T> l = new Loading<>(what, load);
    l.start();
    return l;
  }

  /** A load that starts at the first {@link #start} or {@link #join} ("the models load when a document needs them"). */
  public static <T> Loading<T> deferred(String what, Supplier<T> load) {
    return new Loading<>(what, load);
  }

  /** Starts the load if it has not started yet; returns at once. */
  public void start() {
    if (started) return; // called once per document: no lock once started
    synchronized (this) {
      if (started) return;
      started = true;
    }
    Thread t = new Thread(() -> {
      try {
        result.complete(load.get());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    }, "sitrep-load-" + what);
    t.setDaemon(true);
    t.start();
  }

  /** What was loaded, once it is (starting it if need be); a failure to load is thrown here as it was thrown there. */
  public T join() {
    start();
    try {
      return result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw e;
    }
  }
}
