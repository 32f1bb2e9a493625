package org.sitrep.coding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.internal.Lexicon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CAMEO event codes with their names, Goldstein scores and QuadClass, and the PLOVER category of
 * each. Sitrep ships them as {@code cameo-codes.tsv}, built by {@code scripts/cameo-data.sh} from GDELT's
 * Goldstein lookup, the CAMEO 1.1b3 manual's code list and PLOVER's CAMEO2PLOVER table (the file's header
 * names each source with its commit, checksum and licence). The {@code coding.reference} setting may name a
 * directory of tables in the reference format ({@code cameo-events.tsv}, {@code cameo-events-unscored.tsv},
 * {@code plover-mapping.tsv}) to use instead.
 */
public final class CameoCodebook {
  private static final Logger LOG = LoggerFactory.getLogger(CameoCodebook.class);
  private static final String BUNDLED = "cameo-codes.tsv";

  /** One code. */
  public record Code(String code, String name, @Nullable Double goldstein, int quadClass, @Nullable String plover) {}

  private final Map<String, Code> codes;
  private final String source;

  private CameoCodebook(Map<String, Code> codes, String source) {
    this.codes = codes;
    this.source = source;
  }

  /** A codebook with no tables: codes, roots and QuadClass only. */
  public static CameoCodebook empty() {
    return new CameoCodebook(Map.of(), "none");
  }

  /** Where the tables were read from: "bundled", a directory, or "none". */
  public String source() {
    return source;
  }

  /** The table Sitrep ships ({@code cameo-codes.tsv}: code, name, goldstein, quad_class, plover). */
  public static CameoCodebook bundled() {
    return Bundled.TABLE;
  }

  /** Read once per process, on first use. */
  private static final class Bundled {
    static final CameoCodebook TABLE = readBundled();
  }

  private static CameoCodebook readBundled() {
    Map<String, Code> codes = new HashMap<>();
    for (String[] f : Lexicon.rows(CameoCodebook.class, BUNDLED, 5)) {
      String code = f[0].strip();
      Double g = f[2].isBlank() ? null : Double.valueOf(f[2].strip());
      codes.put(code, new Code(code, f[1].strip(), g, Integer.parseInt(f[3].strip()),
          f[4].isBlank() ? null : f[4].strip()));
    }
    return new CameoCodebook(Map.copyOf(codes), "bundled");
  }

  /** Loads tables in the reference format from {@code dir}. */
  public static CameoCodebook load(Path dir) throws IOException {
    Map<String, String> plover = ploverByCode(dir.resolve("plover-mapping.tsv"));
    Map<String, Code> codes = new HashMap<>();
    for (String file : List.of("cameo-events.tsv", "cameo-events-unscored.tsv")) {
      Path p = dir.resolve(file);
      if (!Files.exists(p)) continue;
      List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t", -1);
        if (f.length < 4 || f[0].isBlank()) continue;
        String code = f[0].strip();
        Double g = f[2].isBlank() ? null : Double.valueOf(f[2].strip());
        int quad = f[3].isBlank() ? quadClass(code) : Integer.parseInt(f[3].strip());
        codes.put(code, new Code(code, f[1].strip(), g, quad, ploverOf(code, plover)));
      }
    }
    if (codes.isEmpty()) throw new IOException("no cameo-events.tsv in " + dir);
    LOG.debug("read {} CAMEO codes from {}", codes.size(), dir);
    return new CameoCodebook(Map.copyOf(codes), dir.toString());
  }

  /** The tables in the directory a setting names, else (empty setting, or unreadable: logged) the bundled ones. */
  public static CameoCodebook find(String setting) {
    if (setting.isBlank()) return bundled();
    try {
      return load(Path.of(setting));
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot read the CAMEO tables in coding.reference={} ({}); using the bundled ones", setting,
          e.getMessage());
      return bundled();
    }
  }

  /** Every code in the tables. */
  public java.util.Set<String> codes() {
    return codes.keySet();
  }

  /** Whether the tables were loaded. */
  public boolean loaded() {
    return !codes.isEmpty();
  }

  /** Whether a code is in the codebook (always true without tables, for well-formed codes). */
  public boolean known(String code) {
    return codes.isEmpty() ? code.matches("\\d{2,4}") : codes.containsKey(code);
  }

  /** The code's entry, or a bare one (code, root QuadClass) without tables. */
  public Code get(String code) {
    Code c = codes.get(code);
    return c != null ? c : new Code(code, "", null, quadClass(code), null);
  }

  /** GDELT's QuadClass of a code by its root. */
  public static int quadClass(String code) {
    int root = Integer.parseInt(code.substring(0, 2));
    return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
  }

  private static final Pattern CODE_OR_RANGE = Pattern.compile("\\b(\\d{3,4})(?:-(\\d{3,4}))?\\b");
  private static final Pattern ALL_OF = Pattern.compile("all of (\\d\\d)(?: and (\\d\\d))?");

  /** code or "root:NN" → PLOVER category, from the mapping's cameo_codes column. */
  private static Map<String, String> ploverByCode(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    if (!Files.exists(file)) return out;
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length < 5) continue;
      String category = f[0].strip();
      String spec = f[4].replaceAll("\\(.*?\\)", "");
      Matcher all = ALL_OF.matcher(spec);
      while (all.find()) {
        out.put("root:" + all.group(1), category);
        if (all.group(2) != null) out.put("root:" + all.group(2), category);
      }
      Matcher m = CODE_OR_RANGE.matcher(spec.replaceAll("all of \\d\\d( and \\d\\d)?", ""));
      while (m.find()) {
        int a = Integer.parseInt(m.group(1));
        int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
        int width = m.group(1).length();
        for (int c = a; c <= b; c++) {
          out.put(String.format("%0" + width + "d", c), category);
        }
      }
    }
    return out;
  }

  private static @Nullable String ploverOf(String code, Map<String, String> map) {
    String p = map.get(code);
    if (p == null && code.length() == 4) p = map.get(code.substring(0, 3));
    if (p == null) p = map.get("root:" + code.substring(0, 2));
    return p;
  }
}
