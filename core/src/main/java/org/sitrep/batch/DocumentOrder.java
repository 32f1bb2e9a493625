package org.sitrep.batch;

import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The order of a run's documents, for the one step that must follow it: what one document teaches the next (the
 * actor memory) is learnt in input order, however the worker threads interleave, so that the same inputs give the
 * same output. {@link Batch} runs each document as its numbered turn; a stage calls {@link #awaitTurn()} before the
 * ordered step and {@link #passed()} after it, and everything else runs side by side. Outside a batch both do nothing.
 *
 * <p>Waiting costs no core: a run has as many working permits as it has threads ({@code -j}), and a document that
 * waits for its turn hands its permit to a later document, which does its unordered work meanwhile (its analysis,
 * most of a document's time). Without that, one long document left the other core idle whenever the next one reached
 * its turn first: 1.3 s of a 17 s two-thread ingest.
 */
public final class DocumentOrder {
  /** How long a document waits for the ones before it (one given up on must not hold the run up for good). */
  static final long MAX_WAIT_MILLIS = 120_000;
  private static final ThreadLocal<@Nullable Turn> CURRENT = new ThreadLocal<>();

  private DocumentOrder() {}

  /** One run's gate: the first document number whose ordered step has not passed yet. */
  public static final class Gate {
    private long next;
    private final TreeSet<Long> passed = new TreeSet<>();
    private final Semaphore working;

    /** @param workers how many documents may be worked on at once; more may be waiting for their turn */
    public Gate(int workers) {
      this.working = new Semaphore(workers, true);
    }

    void await(long turn) throws InterruptedException {
      synchronized (this) {
        if (next >= turn) return;
      }
      working.release(); // the core is another document's while this one waits
      try {
        synchronized (this) {
          long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
          while (next < turn) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) return;
            wait(left);
          }
        }
      } finally {
        working.acquireUninterruptibly();
      }
    }

    synchronized void pass(long turn) {
      if (turn < next) return;
      passed.add(turn);
      while (passed.remove(next)) next++;
      notifyAll();
    }
  }

  private record Turn(Gate gate, long number) {}

  /** Runs {@code work} as document {@code number} of the gate's run; its turn passes when it ends, whatever happens. */
  static <T> T run(Gate gate, long number, Supplier<T> work) {
    gate.working.acquireUninterruptibly();
    CURRENT.set(new Turn(gate, number));
    try {
      return work.get();
    } finally {
      CURRENT.remove();
      gate.pass(number);
      gate.working.release();
    }
  }

  /** Waits until every earlier document of this run has passed its ordered step. */
  public static void awaitTurn() {
    Turn t = CURRENT.get();
    if (t == null) return;
    try {
      t.gate().await(t.number());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** This document's ordered step is done: the next one may take its turn. */
  public static void passed() {
    Turn t = CURRENT.get();
    if (t != null) t.gate().pass(t.number());
  }
}
