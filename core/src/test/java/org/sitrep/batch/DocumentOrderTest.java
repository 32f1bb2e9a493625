package org.sitrep.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Outcome;
import org.sitrep.source.DocumentSource;

/** The ordered step of each document runs in input order, however the workers interleave and whatever fails. */
class DocumentOrderTest {
  @TempDir Path dir;

  @Test
  void each_documents_ordered_step_runs_in_input_order_on_four_threads() throws Exception {
    for (int i = 0; i < 24; i++) Files.writeString(dir.resolve(String.format("d%02d.txt", i)), "Document " + i + ".");
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    Random random = new Random(7);
    long[] pauses = random.longs(24, 0, 15).toArray();
    Batch batch = new Batch(DocumentSource.withDefaults(), doc -> {
      int n = Integer.parseInt(doc.name().replaceAll("\\D", ""));
      sleep(pauses[n]); // the unordered work before: documents reach the ordered step in any order
      if (n % 7 == 3) return Outcome.failed(doc.source(), doc.name(), "failed before its ordered step");
      DocumentOrder.awaitTurn();
      order.add(doc.name());
      DocumentOrder.passed();
      sleep(pauses[23 - n]); // and the work after it runs side by side
      return Outcome.skipped(doc.source(), doc.name(), "test");
    }, 4, Duration.ofSeconds(30));
    batch.run(List.of(dir.toString()), o -> { }, (d, p, s, f) -> { });
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 24; i++) if (i % 7 != 3) expected.add(String.format("d%02d", i));
    assertThat(order).containsExactlyElementsOf(expected);
  }

  @Test
  void a_document_waiting_for_its_turn_lets_a_later_one_work_and_never_more_than_the_threads_work_at_once()
      throws Exception {
    for (int i = 0; i < 4; i++) Files.writeString(dir.resolve("d" + i + ".txt"), "Document " + i + ".");
    java.util.concurrent.CountDownLatch laterWorked = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicInteger working = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    Batch batch = new Batch(DocumentSource.withDefaults(), doc -> {
      int n = Integer.parseInt(doc.name().replaceAll("\\D", ""));
      mostAtOnce.accumulateAndGet(working.incrementAndGet(), Math::max);
      try {
        // document 0's unordered work lasts until document 2 has done its own: with two threads, that is only
        // possible if document 1, done first and waiting for its turn, gave its core up
        if (n == 0) assertThat(laterWorked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        if (n == 2) laterWorked.countDown();
        sleep(5);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      } finally {
        working.decrementAndGet();
      }
      DocumentOrder.awaitTurn();
      mostAtOnce.accumulateAndGet(working.incrementAndGet(), Math::max);
      order.add(doc.name());
      DocumentOrder.passed();
      working.decrementAndGet();
      return Outcome.skipped(doc.source(), doc.name(), "test");
    }, 2, Duration.ofSeconds(30));
    batch.run(List.of(dir.toString()), o -> { }, (d, p, s, f) -> { });
    assertThat(order).containsExactly("d0", "d1", "d2", "d3");
    assertThat(mostAtOnce.get()).isEqualTo(2);
  }

  @Test
  void outside_a_batch_the_order_is_not_waited_for() {
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      DocumentOrder.awaitTurn();
      DocumentOrder.passed();
    });
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
