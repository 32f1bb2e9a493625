package org.sitrep.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.sitrep.store.AlertLog;

/** The two local sinks: a terminal (the notification as text) and a JSON Lines file (its payload, one line). */
public final class StreamSinks {
  private StreamSinks() {}

  public static AlertSink terminal(PrintWriter out) {
    return n -> {
      out.print(Alerts.text(n));
      out.flush();
    };
  }

  /** Appends each payload as one line; the file and its folder are created when missing. */
  public static AlertSink jsonl(Path file) {
    return (AlertLog.Notification n) -> {
      try {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        try (Writer w = Files.newBufferedWriter(abs, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
          w.write(n.payload());
          w.write('\n');
        }
      } catch (IOException e) {
        throw new AlertSink.DeliveryFailure("cannot append to " + file + ": " + e.getMessage(), false);
      }
    };
  }
}
