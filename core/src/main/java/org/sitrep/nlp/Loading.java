package org.sitrep.nlp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Something loading on a thread of its own (a model, a dictionary), to be joined when it is needed. Not the
 * common fork-join pool: on two cores that pool has one thread, and two loads sent to it would run in turn.
 *
 * @param <T> what is loaded
 */
public final class Loading<T> {
  private final CompletableFuture<T> result = new CompletableFuture<>();

  private Loading() {}

  /** Starts loading {@code what} on a new daemon thread named after it. */
  public static <T> Loading<T> start(String what, Supplier<T> load) {
    Loading<T> l = new Loading<>();
    Thread t = new Thread(() -> {
      try {
        l.result.complete(load.get());
      } catch (Throwable e) {
        l.result.completeExceptionally(e);
      }
    }, "sitrep-load-" + what);
    t.setDaemon(true);
    t.start();
    return l;
  }

  /** What was loaded, once it is; a failure to load is thrown here, as it was thrown there. */
  public T join() {
    try {
      return result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw e;
    }
  }
}
