package org.sitrep.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A whole-process run of one peer over a directory, as a user of that library would write it:
 * read every {@code .html}/{@code .html.gz} file, extract the body, write {@code OUT/<name>.txt}.
 * The counterpart of {@code ./sitrep extract DIR --format text --out OUT} in the whole-process
 * benchmark ({@code bench/whole-process.sh}).
 *
 * <pre>java -cp bench/target/sitrep-bench.jar org.sitrep.bench.PeerExtract readability4j|boilerpipe DIR OUT</pre>
 */
public final class PeerExtract {
  public static void main(String[] args) throws Exception {
    Extractor system = Extractors.byName(args[0]);
    Path in = Path.of(args[1]);
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(in)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    int failed = 0;
    for (Path f : files) {
      String name = f.getFileName().toString().replaceAll("(\\.html?)?(\\.gz)?$", "");
      try (InputStream raw = Files.newInputStream(f);
          InputStream s = f.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
        byte[] html = s.readAllBytes();
        Files.writeString(out.resolve(name + ".txt"), system.bodyText(html, ""));
      } catch (Exception e) {
        failed++;
      }
    }
    System.err.println(system.name() + ": " + files.size() + " files, " + failed + " failed");
  }
}
