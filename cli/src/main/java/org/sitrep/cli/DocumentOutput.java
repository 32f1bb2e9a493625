package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where per-document results go: stdout — one document as indented JSON, several as JSON Lines, or
 * plain text — or one file per document under {@code --out}, named after the input.
 *
 * @param <T> the result type
 */
final class DocumentOutput<T> {
  enum Mode { JSON, JSONL, TEXT }

  private final PrintWriter stdout;
  private final @Nullable Path out;
  private final Mode mode;
  private final Function<T, String> line;
  private final Function<T, String> pretty;
  private @Nullable T held;
  private int written;

  /**
   * @param line the result as one line (JSON Lines) or as text in TEXT mode
   * @param pretty the result as a person reads it (one document on stdout, files under --out)
   */
  DocumentOutput(PrintWriter stdout, @Nullable Path out, Mode mode, Function<T, String> line, Function<T, String> pretty) {
    this.stdout = stdout;
    this.out = out;
    this.mode = mode;
    this.line = line;
    this.pretty = pretty;
  }

  synchronized void write(String name, T result) {
    if (out != null) {
      writeFile(name, result);
      return;
    }
    switch (mode) {
      case TEXT -> {
        if (written++ > 0) {
          stdout.println();
        }
        stdout.println(line.apply(result));
      }
      case JSONL -> stdout.println(line.apply(result));
      case JSON -> {
        // One document prints one object; from the second on, JSON Lines.
        if (written == 0 && held == null) {
          held = result;
          return;
        }
        if (held != null) {
          stdout.println(line.apply(held));
          held = null;
        }
        stdout.println(line.apply(result));
        written++;
      }
    }
  }

  synchronized void finish() {
    if (held != null) {
      stdout.println(pretty.apply(held));
      held = null;
    }
    stdout.flush();
  }

  private void writeFile(String name, T result) {
    String ext = mode == Mode.TEXT ? ".txt" : ".json";
    Path target = out.resolve(name + ext).normalize();
    if (!target.startsWith(out.normalize())) {
      throw new IllegalArgumentException("output name escapes --out: " + name);
    }
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(target, (mode == Mode.TEXT ? line.apply(result) : pretty.apply(result)) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
