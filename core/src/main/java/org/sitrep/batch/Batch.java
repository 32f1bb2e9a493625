package org.sitrep.batch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import java.util.function.Function;
import org.sitrep.model.Outcome;
import org.sitrep.model.RawDocument;
import org.sitrep.source.DocumentSink;
import org.sitrep.source.DocumentSource;

/**
 * Reads inputs with a {@link DocumentSource} on the calling thread and processes each document on a
 * pool of workers, at most a few documents ahead of the slowest, so memory stays bounded whatever
 * the input size. Outcomes reach the consumer in input order, on the calling thread. A document
 * whose processing exceeds the hard time limit is reported failed and the run goes on.
 */
public final class Batch {
  private final DocumentSource source;
  private final Function<RawDocument, Outcome> stage;
  private final int threads;
  private final Duration hardLimit;
  /** Documents started per working thread: one working, the others done with their unordered work and waiting. */
  private static final int LOOKAHEAD = 3;

  /**
   * @param stage what to do with each document; must not throw (return a failed outcome instead)
   * @param hardLimit wall time after which a document is given up on, beyond the stage's own limits
   */
  public Batch(DocumentSource source, Function<RawDocument, Outcome> stage, int threads, Duration hardLimit) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.source = source;
    this.stage = stage;
    this.threads = threads;
    this.hardLimit = hardLimit;
  }

  /** Listens to progress: called on the calling thread after each outcome. */
  public interface Progress {
    void update(int done, int processed, int skipped, int failed);
  }

  private record Pending(@Nullable RawDocument document, String source, String name, Future<Outcome> result) {}

  /** Runs the batch; {@code consumer} receives each outcome. */
  public Summary run(List<String> inputs, Consumer<Outcome> consumer, Progress progress) {
    return run(inputs, (document, outcome) -> consumer.accept(outcome), progress);
  }

  /**
   * Runs the batch; {@code consumer} receives each outcome with the document it came from (null
   * for an input that gave no document), on the calling thread, in input order.
   */
  public Summary run(List<String> inputs, BiConsumer<@Nullable RawDocument, Outcome> consumer, Progress progress) {
    long start = System.nanoTime();
    // threads documents are worked on at once (the gate's permits); the others a document ahead may be waiting for
    // their ordered step, having done their unordered work
    ExecutorService pool = Executors.newFixedThreadPool(threads * LOOKAHEAD, r -> {
      Thread t = new Thread(r, "sitrep-worker");
      t.setDaemon(true);
      return t;
    });
    int window = threads * 4;
    ArrayDeque<Pending> pending = new ArrayDeque<>();
    Counts counts = new Counts();
    List<Outcome> problems = new ArrayList<>();

    Consumer<Pending> deliver = p -> {
      Outcome o = await(p);
      switch (o.status()) {
        case PROCESSED -> {
          counts.processed++;
          counts.warnings += o.warnings().size();
        }
        case SKIPPED -> {
          counts.skipped++;
          problems.add(o);
        }
        case FAILED -> {
          counts.failed++;
          problems.add(o);
        }
        case KNOWN -> counts.known++;
      }
      consumer.accept(p.document(), o);
      progress.update(counts.processed + counts.skipped + counts.failed + counts.known, counts.processed, counts.skipped,
          counts.failed);
    };
    Consumer<Pending> enqueue = p -> {
      pending.addLast(p);
      // Deliver what is done, in order; when the window is full, wait for the oldest.
      while (!pending.isEmpty() && (pending.peekFirst().result().isDone() || pending.size() > window)) {
        deliver.accept(pending.pollFirst());
      }
    };
    DocumentOrder.Gate gate = new DocumentOrder.Gate(threads); // documents learn from each other in input order
    long[] turns = {0};
    try {
      source.read(inputs, new DocumentSink() {
        @Override
        public void document(RawDocument document) {
          long turn = turns[0]++;
          enqueue.accept(new Pending(document, document.source(), document.name(),
              pool.submit(() -> DocumentOrder.run(gate, turn, () -> stage.apply(document)))));
        }

        @Override
        public void unreadable(String src, String name, boolean skipped, String reason) {
          Outcome o = skipped ? Outcome.skipped(src, name, reason) : Outcome.failed(src, name, reason);
          enqueue.accept(new Pending(null, src, name, CompletableFuture.completedFuture(o)));
        }

        @Override
        public void known(String src, String name) {
          enqueue.accept(new Pending(null, src, name, CompletableFuture.completedFuture(Outcome.known(src, name))));
        }
      });
      while (!pending.isEmpty()) {
        deliver.accept(pending.pollFirst());
      }
    } finally {
      pool.shutdownNow();
    }
    return new Summary(counts.processed, counts.skipped, counts.failed, counts.known, counts.warnings,
        Duration.ofNanos(System.nanoTime() - start), problems);
  }

  private Outcome await(Pending p) {
    try {
      return p.result().get(hardLimit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      p.result().cancel(true);
      return Outcome.failed(p.source(), p.name(), "gave up after " + hardLimit.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.failed(p.source(), p.name(), "interrupted");
    } catch (ExecutionException e) {
      return Outcome.failed(p.source(), p.name(), "internal error: " + e.getCause());
    }
  }

  private static final class Counts {
    int processed;
    int skipped;
    int failed;
    int known;
    int warnings;
  }
}
