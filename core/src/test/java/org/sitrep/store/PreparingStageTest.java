package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Outcome;
import org.sitrep.model.RawDocument;

/** Known documents are recognised by their bytes before the stage does any work on them. */
class PreparingStageTest {
  @Test
  void a_document_whose_bytes_are_stored_never_reaches_the_stage() {
    AtomicInteger calls = new AtomicInteger();
    Function<RawDocument, Outcome> stage = doc -> {
      calls.incrementAndGet();
      return Outcome.processed(doc.name(), new Article(doc.source(), null, "T", null, java.util.List.of(), null, null,
          null, "en", java.util.List.of("Body."), java.util.List.of()));
    };
    RawDocument known = RawDocument.of("old.html", "old", "<p>old</p>".getBytes(StandardCharsets.UTF_8), RawDocument.Format.HTML);
    RawDocument fresh = RawDocument.of("new.html", "new", "<p>new</p>".getBytes(StandardCharsets.UTF_8), RawDocument.Format.HTML);
    Set<String> stored = Set.of(PreparedArticle.sha256(known.content()));
    Function<RawDocument, Outcome> wrapped = new PreparingStage().around(stage, stored::contains);
    assertThat(wrapped.apply(known).status()).isEqualTo(Outcome.Status.KNOWN);
    assertThat(calls.get()).isZero();
    assertThat(wrapped.apply(fresh).status()).isEqualTo(Outcome.Status.PROCESSED);
    assertThat(calls.get()).isEqualTo(1);
  }
}
