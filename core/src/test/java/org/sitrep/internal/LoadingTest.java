package org.sitrep.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A load runs once, on its own thread, when started; joining gives its value or throws its failure. */
class LoadingTest {
  @Test
  void a_deferred_load_waits_for_its_first_use_and_runs_once() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    Loading<String> model = Loading.deferred("test model", () -> {
      runs.incrementAndGet();
      return Thread.currentThread().getName();
    });
    Thread.sleep(50);
    assertThat(runs.get()).isZero();
    model.start();
    model.start();
    assertThat(model.join()).isEqualTo("sitrep-load-test model");
    assertThat(model.join()).isEqualTo("sitrep-load-test model");
    assertThat(runs.get()).isEqualTo(1);
  }

  @Test
  void a_failed_load_throws_its_own_exception_where_it_is_joined() {
    Loading<String> broken = Loading.start("broken", () -> {
      throw new UncheckedIOException("model file missing", new IOException("no such file"));
    });
    assertThatThrownBy(broken::join).isInstanceOf(UncheckedIOException.class).hasMessage("model file missing");
  }
}
