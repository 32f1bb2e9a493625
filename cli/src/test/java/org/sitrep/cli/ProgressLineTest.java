package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long run over local files shows how far it is and how long is left. */
class ProgressLineTest {
  @TempDir Path dir;

  @Test
  void local_inputs_give_a_total_and_an_eta() throws Exception {
    Files.writeString(dir.resolve("a.html"), "<p>a</p>");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.txt"), "b");
    assertThat(ProgressLine.expected(List.of(dir.toString()))).isEqualTo(2);
    assertThat(ProgressLine.expected(List.of(dir.toString(), "https://example.org/feed.xml"))).isZero();
    StringWriter out = new StringWriter();
    ProgressLine line = new ProgressLine(new PrintWriter(out), true, 40);
    Thread.sleep(300);
    line.update(10, 9, 1, 0);
    assertThat(out.toString()).contains("10 of 40 documents (25%): 9 processed, 1 skipped, 0 failed").contains("left");
  }
}
